import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import { AutoscalingPeriod, PERIODS } from '../period';

const LABELS: Record<AutoscalingPeriod, string> = {
  '24h': '24 h',
  '7d': '7 d',
};

/** Chooses the period the history and the events cover. */
export function PeriodToggle(props: {
  period: AutoscalingPeriod;
  onChange: (period: AutoscalingPeriod) => void;
}) {
  const { period, onChange } = props;
  return (
    <ButtonGroup size="small" color="primary" aria-label="Period">
      {PERIODS.map(choice => (
        <Button
          key={choice}
          variant={choice === period ? 'contained' : 'outlined'}
          aria-pressed={choice === period}
          onClick={() => onChange(choice)}
        >
          {LABELS[choice]}
        </Button>
      ))}
    </ButtonGroup>
  );
}
