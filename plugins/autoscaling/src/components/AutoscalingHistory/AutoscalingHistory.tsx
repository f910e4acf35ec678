import { InfoCard, Progress } from '@backstage/core-components';
import {
  AutoscalingHistoryResponse,
  ScalingEvent,
  Workload,
} from '@internal/plugin-autoscaling-common';
import Typography from '@material-ui/core/Typography';
import { AsyncState } from 'react-use/esm/useAsyncFn';
import { AutoscalingHistoryChart } from '../AutoscalingHistoryChart';
import { AutoscalingProblems } from '../AutoscalingProblems';
import { AutoscalingPeriod, PERIOD_NAMES } from '../period';
import { PeriodToggle } from '../PeriodToggle';
import { formatError } from '@internal/frontend-kit';

function Charts(props: {
  answer: AutoscalingHistoryResponse;
  workloads: Workload[];
  events: ScalingEvent[];
  period: AutoscalingPeriod;
}) {
  const { answer, workloads, events, period } = props;
  const range: [number, number] = [
    Date.parse(answer.from),
    Date.parse(answer.to),
  ];
  return (
    <>
      <AutoscalingProblems problems={answer.errors} />
      {workloads.map(workload => (
        <AutoscalingHistoryChart
          key={`${workload.cluster}/${workload.namespace}/${workload.name}`}
          workload={workload}
          series={answer.series}
          events={events}
          period={period}
          range={range}
        />
      ))}
    </>
  );
}

/**
 * The History card: each workload's replicas and main metric over the
 * period chosen, with its scaling events. A history the backend cannot
 * serve is a note, not a failure of the tab.
 */
export function AutoscalingHistory(props: {
  workloads: Workload[];
  history: AsyncState<AutoscalingHistoryResponse>;
  events: ScalingEvent[];
  period: AutoscalingPeriod;
  onPeriodChange: (period: AutoscalingPeriod) => void;
}) {
  const { workloads, history, events, period, onPeriodChange } = props;

  let body;
  if (history.loading) {
    body = <Progress />;
  } else if (history.error) {
    body = (
      <Typography variant="body2" color="textSecondary">
        History unavailable: {formatError(history.error)}
      </Typography>
    );
  } else if (history.value) {
    body = (
      <Charts
        answer={history.value}
        workloads={workloads}
        events={events}
        period={period}
      />
    );
  }

  return (
    <InfoCard
      title="History"
      subheader={`Replicas and main metric in ${PERIOD_NAMES[period]}, local time`}
      action={<PeriodToggle period={period} onChange={onPeriodChange} />}
    >
      {body}
    </InfoCard>
  );
}
