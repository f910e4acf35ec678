import { InfoCard, Progress } from '@backstage/core-components';
import { WorkloadsResponse } from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { formatPlace, formatReplicas } from '../format';
import { useEntityWorkloads } from '../useEntityWorkloads';
import { workloadWarnings } from '../warnings';
import { WarningChip } from '../WorkloadWarnings';
import { formatError } from '@internal/frontend-kit';

/** Relative to the entity page, where the Autoscaling tab is mounted by default. */
const AUTOSCALING_TAB_PATH = 'autoscaling';

function Summary(props: { answer: WorkloadsResponse }) {
  const { answer } = props;
  if (answer.workloads.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No autoscaled workloads found.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Workloads">
      {answer.workloads.map(workload => (
        <ListItem
          key={`${workload.cluster}/${workload.namespace}/${workload.name}`}
          disableGutters
        >
          <ListItemText
            primary={`${workload.name}: ${formatReplicas(workload)}`}
            secondary={formatPlace(workload)}
          />
          {workloadWarnings(workload)
            .filter(warning => warning.kind !== 'limited')
            .map(warning => (
              <Box key={warning.title} ml={1}>
                <WarningChip warning={warning} />
              </Box>
            ))}
        </ListItem>
      ))}
    </List>
  );
}

function Body(props: { state: ReturnType<typeof useEntityWorkloads> }) {
  const { value, loading, error, retry } = props.state;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <Typography variant="body2" color="error" paragraph>
          Could not load the workloads: {formatError(error)}
        </Typography>
        <Button size="small" variant="outlined" onClick={retry}>
          Retry
        </Button>
      </>
    );
  }
  if (!value) {
    return null;
  }
  return (
    <>
      {(value.stale || value.errors.length > 0) && (
        <Box mb={1}>
          <Chip
            size="small"
            label={value.stale ? 'Stale' : 'Incomplete'}
            title={value.errors
              .map(problem => `${problem.source}: ${problem.message}`)
              .join('\n')}
          />
        </Box>
      )}
      <Summary answer={value} />
    </>
  );
}

/** The entity's autoscaled workloads at a glance, for the Overview tab. */
export function EntityAutoscalingOverviewCard() {
  const state = useEntityWorkloads();
  return (
    <InfoCard
      title="Autoscaling"
      variant="gridItem"
      deepLink={
        state.annotated
          ? { title: 'View autoscaling', link: AUTOSCALING_TAB_PATH }
          : undefined
      }
    >
      {state.annotated ? (
        <Body state={state} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No autoscaling configured for this entity.
        </Typography>
      )}
    </InfoCard>
  );
}
