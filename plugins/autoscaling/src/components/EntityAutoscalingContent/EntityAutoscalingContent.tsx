import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import {
  AUTOSCALING_POLICY_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  WorkloadsResponse,
} from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { AutoscalingHistory } from '../AutoscalingHistory';
import { AutoscalingProblems } from '../AutoscalingProblems';
import { AutoscalingPeriod } from '../period';
import { ScalingEventsCard } from '../ScalingEventsCard';
import { useAutoscalingPeriod } from '../useAutoscalingPeriod';
import { useEntityWorkloads } from '../useEntityWorkloads';
import { WorkloadCard } from '../WorkloadCard';
import { LoadFailure } from '@internal/frontend-kit';

const STALE_NOTICE =
  'Showing the last good answer for some workloads: their source did not answer just now.';

/** Says what the backend looked for, since it found nothing. */
function NoWorkloads(props: { lookedFor: string[] }) {
  const { lookedFor } = props;
  return (
    <EmptyState
      missing="data"
      title="No autoscaled workloads"
      description={
        <>
          {lookedFor.map(what => (
            <span key={what} style={{ display: 'block' }}>
              Looked for {what}; found none.
            </span>
          ))}
        </>
      }
    />
  );
}

/** The workloads, then their history and events over the period chosen. */
function Workloads(props: { answer: WorkloadsResponse }) {
  const { answer } = props;
  const [period, setPeriod] = useState<AutoscalingPeriod>('24h');
  const { events, history } = useAutoscalingPeriod(answer.entityRef, period);

  return (
    <Grid container spacing={3}>
      {answer.workloads.map(workload => (
        <Grid
          item
          xs={12}
          md={6}
          key={`${workload.cluster}/${workload.namespace}/${workload.name}`}
        >
          <WorkloadCard workload={workload} />
        </Grid>
      ))}
      <Grid item xs={12}>
        <AutoscalingHistory
          workloads={answer.workloads}
          history={history}
          events={events.value?.events ?? []}
          period={period}
          onPeriodChange={setPeriod}
        />
      </Grid>
      <Grid item xs={12}>
        <ScalingEventsCard events={events} period={period} />
      </Grid>
    </Grid>
  );
}

/**
 * The Autoscaling tab of an entity: a card per autoscaled workload, the
 * history of its replicas and its scaling events.
 */
export function EntityAutoscalingContent() {
  const { annotated, value, loading, error, retry } = useEntityWorkloads();

  if (!annotated) {
    return (
      <MissingAnnotationEmptyState
        annotation={[
          KUBERNETES_ID_ANNOTATION,
          KUBERNETES_LABEL_SELECTOR_ANNOTATION,
          AUTOSCALING_POLICY_ANNOTATION,
        ]}
      />
    );
  }
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <LoadFailure what="the workloads" error={error} retry={retry} />;
  }
  if (!value) {
    return null;
  }

  return (
    <>
      {value.stale && (
        <Box mb={2}>
          <WarningPanel severity="warning" title={STALE_NOTICE} />
        </Box>
      )}
      <AutoscalingProblems problems={value.errors} />
      {value.workloads.length === 0 ? (
        <NoWorkloads lookedFor={value.lookedFor} />
      ) : (
        <Workloads answer={value} />
      )}
    </>
  );
}
