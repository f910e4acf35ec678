import TextField from '@material-ui/core/TextField';
import { ChangeEvent } from 'react';
import { COST_PERIODS, CostPeriod, PERIOD_LABELS } from '../period';

/** Chooses the period the Costs tab covers: this month, last month, 90 days. */
export function CostPeriodSelect(props: {
  period: CostPeriod;
  onChange: (period: CostPeriod) => void;
}) {
  const { period, onChange } = props;
  return (
    <TextField
      id="cost-period"
      select
      label="Period"
      value={period}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value as CostPeriod)
      }
      SelectProps={{ native: true }}
      variant="outlined"
      size="small"
      style={{ minWidth: 180 }}
    >
      {COST_PERIODS.map(choice => (
        <option key={choice} value={choice}>
          {PERIOD_LABELS[choice]}
        </option>
      ))}
    </TextField>
  );
}
