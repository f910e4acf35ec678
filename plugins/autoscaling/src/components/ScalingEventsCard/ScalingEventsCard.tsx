import { InfoCard, Progress } from '@backstage/core-components';
import { ScalingEventsResponse } from '@internal/plugin-autoscaling-common';
import Typography from '@material-ui/core/Typography';
import { AsyncState } from 'react-use/esm/useAsyncFn';
import { AutoscalingProblems } from '../AutoscalingProblems';
import { AutoscalingPeriod, PERIOD_NAMES } from '../period';
import { ScalingEventsList } from '../ScalingEventsList';
import { formatError } from '@internal/frontend-kit';

/** The Scaling events card: the replica changes of the period, newest first. */
export function ScalingEventsCard(props: {
  events: AsyncState<ScalingEventsResponse>;
  period: AutoscalingPeriod;
}) {
  const { events, period } = props;

  let body;
  if (events.loading) {
    body = <Progress />;
  } else if (events.error) {
    body = (
      <Typography variant="body2" color="error">
        Could not load the scaling events: {formatError(events.error)}
      </Typography>
    );
  } else if (events.value) {
    body = (
      <>
        <AutoscalingProblems problems={events.value.errors} />
        {events.value.events.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No scaling events in {PERIOD_NAMES[period]}.
          </Typography>
        ) : (
          <ScalingEventsList events={events.value.events} />
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Scaling events"
      subheader={`In ${PERIOD_NAMES[period]}, newest first`}
    >
      {body}
    </InfoCard>
  );
}
