import { Workload } from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatReplicas } from '../format';

const useStyles = makeStyles(theme => ({
  track: {
    position: 'relative',
    height: theme.spacing(1.5),
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.action.disabledBackground,
    overflow: 'hidden',
  },
  range: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    background: theme.palette.action.selected,
  },
  fill: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: 0,
    background: theme.palette.primary.main,
  },
  atMax: {
    background: theme.palette.warning.main,
  },
  desired: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: 3,
    marginLeft: -1,
    background: theme.palette.text.primary,
  },
  labels: {
    position: 'relative',
    height: theme.spacing(2.5),
  },
  label: {
    position: 'absolute',
    transform: 'translateX(-50%)',
    whiteSpace: 'nowrap',
  },
}));

/**
 * The replicas on a scale from 0 to the maximum: the reachable range from
 * min to max shaded, a bar to the current count, a tick at the desired one.
 */
export function ReplicaScale(props: { workload: Workload }) {
  const { workload } = props;
  const { minReplicas, maxReplicas, currentReplicas, desiredReplicas } =
    workload;
  const classes = useStyles();
  const top = Math.max(maxReplicas, currentReplicas, desiredReplicas, 1);
  const at = (count: number) => `${(Math.min(count, top) / top) * 100}%`;
  const desiredNote =
    desiredReplicas === currentReplicas ? '' : `, desired ${desiredReplicas}`;

  return (
    <Box mb={2}>
      <Typography variant="body1" gutterBottom>
        {formatReplicas(workload)}
        {desiredNote}
      </Typography>
      <div
        role="meter"
        aria-label={`Replicas of ${workload.name}`}
        aria-valuemin={minReplicas}
        aria-valuemax={maxReplicas}
        aria-valuenow={currentReplicas}
        aria-valuetext={`${formatReplicas(workload)}${desiredNote}`}
        className={classes.track}
      >
        <div
          className={classes.range}
          style={{ left: at(minReplicas), right: 0 }}
        />
        <div
          className={`${classes.fill} ${workload.atMax ? classes.atMax : ''}`}
          style={{ width: at(currentReplicas) }}
        />
        {desiredReplicas !== currentReplicas && (
          <div
            className={classes.desired}
            style={{ left: at(desiredReplicas) }}
          />
        )}
      </div>
      <div className={classes.labels} aria-hidden>
        <Typography
          variant="caption"
          className={classes.label}
          style={{ left: `max(${at(minReplicas)}, 1.5em)` }}
        >
          min {minReplicas}
        </Typography>
        <Typography
          variant="caption"
          className={classes.label}
          style={{ left: `min(${at(maxReplicas)}, calc(100% - 2em))` }}
        >
          max {maxReplicas}
        </Typography>
      </div>
    </Box>
  );
}
