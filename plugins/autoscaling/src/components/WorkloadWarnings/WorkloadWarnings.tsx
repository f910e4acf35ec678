import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { WorkloadWarning } from '../warnings';

/** A warning as a chip, its detail on hover. */
export function WarningChip(props: { warning: WorkloadWarning }) {
  const { warning } = props;
  return (
    <Chip
      size="small"
      icon={<WarningIcon />}
      label={warning.title}
      title={warning.detail}
    />
  );
}

/** The warnings of a workload, each a chip with its detail written out below. */
export function WorkloadWarnings(props: { warnings: WorkloadWarning[] }) {
  const { warnings } = props;
  if (warnings.length === 0) return null;
  return (
    <Box component="ul" aria-label="Warnings" p={0} m={0} mb={2}>
      {warnings.map(warning => (
        <Box
          component="li"
          key={warning.title}
          mb={1}
          style={{ listStyle: 'none' }}
        >
          <WarningChip warning={warning} />
          {warning.detail && (
            <Typography variant="body2" color="textSecondary">
              {warning.detail}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
