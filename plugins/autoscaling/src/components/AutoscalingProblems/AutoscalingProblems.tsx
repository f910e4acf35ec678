import { WarningPanel } from '@backstage/core-components';
import { AutoscalingProblem } from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';

/** The sources that failed, one warning each, shown above what did answer. */
export function AutoscalingProblems(props: { problems: AutoscalingProblem[] }) {
  const { problems } = props;
  return (
    <>
      {problems.map(problem => (
        <Box key={`${problem.source}: ${problem.message}`} mb={1}>
          <WarningPanel
            severity="warning"
            title={`Could not read ${problem.source}`}
            message={problem.message}
          />
        </Box>
      ))}
    </>
  );
}
