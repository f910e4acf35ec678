import { WorkloadMetric } from '@internal/plugin-autoscaling-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatMetricValue } from '../format';

const useStyles = makeStyles(theme => ({
  track: {
    position: 'relative',
    height: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.action.disabledBackground,
  },
  fill: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: 0,
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.success.main,
  },
  over: {
    background: theme.palette.warning.main,
  },
  target: {
    position: 'absolute',
    top: -3,
    bottom: -3,
    width: 2,
    marginLeft: -1,
    background: theme.palette.text.primary,
  },
}));

/**
 * A metric's reading against its target: a bar to the reading with a mark
 * at the target, drawn to 1.5 × the target (or the reading, if higher).
 */
export function MetricBar(props: { metric: WorkloadMetric }) {
  const { metric } = props;
  const classes = useStyles();
  const { name, current, target, unit } = metric;
  const top = Math.max(target * 1.5, current ?? 0);
  const at = (value: number) => `${(value / top) * 100}%`;
  const over = current !== undefined && current > target;
  const text = `${formatMetricValue(
    current,
    unit,
  )} of target ${formatMetricValue(target, unit)}`;

  return (
    <Box mb={1.5}>
      <Box display="flex" justifyContent="space-between">
        <Typography variant="body2">{name}</Typography>
        <Typography variant="body2" color={over ? 'error' : 'textSecondary'}>
          {current === undefined
            ? `no reading, target ${formatMetricValue(target, unit)}`
            : text}
        </Typography>
      </Box>
      <div
        role="meter"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={current}
        aria-valuetext={current === undefined ? 'no reading' : text}
        className={classes.track}
      >
        {current !== undefined && (
          <div
            className={`${classes.fill} ${over ? classes.over : ''}`}
            style={{ width: at(current) }}
          />
        )}
        <div className={classes.target} style={{ left: at(target) }} />
      </div>
    </Box>
  );
}
