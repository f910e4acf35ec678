import { CostGroupBy } from '@internal/plugin-cost-common';
import TextField from '@material-ui/core/TextField';
import { ChangeEvent } from 'react';
import { COST_GROUP_BYS, GROUP_BY_LABELS } from './useOverviewView';

/** Chooses how the overview groups spend: by team, service or provider. */
export function GroupBySelect(props: {
  groupBy: CostGroupBy;
  onChange: (groupBy: CostGroupBy) => void;
}) {
  const { groupBy, onChange } = props;
  return (
    <TextField
      id="cost-group-by"
      select
      label="Group by"
      value={groupBy}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value as CostGroupBy)
      }
      SelectProps={{ native: true }}
      variant="outlined"
      size="small"
      style={{ minWidth: 180 }}
    >
      {COST_GROUP_BYS.map(choice => (
        <option key={choice} value={choice}>
          {GROUP_BY_LABELS[choice]}
        </option>
      ))}
    </TextField>
  );
}
