import { COST_GROUP_BYS, CostGroupBy } from '@internal/plugin-cost-common';
import { ChoiceSelect } from '../ChoiceSelect';
import { GROUP_BY_LABELS } from './useOverviewView';

/** Chooses how the overview groups spend: by team, service or provider. */
export function GroupBySelect(props: {
  groupBy: CostGroupBy;
  onChange: (groupBy: CostGroupBy) => void;
}) {
  return (
    <ChoiceSelect
      id="cost-group-by"
      label="Group by"
      value={props.groupBy}
      choices={COST_GROUP_BYS}
      labels={GROUP_BY_LABELS}
      onChange={props.onChange}
    />
  );
}
