import { InfoCard } from '@backstage/core-components';
import { Workload } from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatPlace, formatRecommendation } from '../format';
import { MetricBar } from '../MetricBar';
import { ReplicaScale } from '../ReplicaScale';
import { ScalingBehavior } from '../ScalingBehavior';
import { workloadWarnings } from '../warnings';
import { WorkloadWarnings } from '../WorkloadWarnings';

/**
 * One autoscaled workload: its replicas within min–max, what holds it back,
 * the policy's recommendation, each metric against its target, and its
 * scaling rules.
 */
export function WorkloadCard(props: { workload: Workload }) {
  const { workload } = props;
  const subheader = [formatPlace(workload), workload.target]
    .filter(Boolean)
    .join(' · ');

  return (
    <section aria-label={workload.name} style={{ height: '100%' }}>
      <InfoCard title={workload.name} subheader={subheader} variant="gridItem">
        <ReplicaScale workload={workload} />
        <WorkloadWarnings warnings={workloadWarnings(workload)} />
        {workload.recommendation && (
          <Typography variant="body1" paragraph>
            {formatRecommendation(workload.recommendation)}
          </Typography>
        )}
        <Box mb={2}>
          <Typography variant="subtitle2" gutterBottom>
            Metrics
          </Typography>
          {workload.metrics.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No metrics
            </Typography>
          ) : (
            workload.metrics.map(metric => (
              <MetricBar key={metric.name} metric={metric} />
            ))
          )}
        </Box>
        <ScalingBehavior workload={workload} />
      </InfoCard>
    </section>
  );
}
