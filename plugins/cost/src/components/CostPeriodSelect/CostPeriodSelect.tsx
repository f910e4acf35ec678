import { ChoiceSelect } from '../ChoiceSelect';
import { COST_PERIODS, CostPeriod, PERIOD_LABELS } from '../period';

/** Chooses the period the Costs tab covers: this month, last month, 90 days. */
export function CostPeriodSelect(props: {
  period: CostPeriod;
  onChange: (period: CostPeriod) => void;
}) {
  return (
    <ChoiceSelect
      id="cost-period"
      label="Period"
      value={props.period}
      choices={COST_PERIODS}
      labels={PERIOD_LABELS}
      onChange={props.onChange}
    />
  );
}
