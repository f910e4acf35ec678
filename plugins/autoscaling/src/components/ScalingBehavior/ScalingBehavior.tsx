import { Workload } from '@internal/plugin-autoscaling-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment, ReactNode } from 'react';
import { formatDuration, formatRules } from '../format';
import { RelativeTime } from '@internal/frontend-kit';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: 0,
  },
  term: {
    color: theme.palette.text.secondary,
  },
  definition: {
    margin: 0,
  },
}));

/**
 * How a workload may scale: the scale-up and scale-down rules (an HPA's
 * stabilization windows and policies, or a policy's cooldowns), the time
 * left before the next step and when it last scaled.
 */
export function ScalingBehavior(props: { workload: Workload }) {
  const { workload } = props;
  const classes = useStyles();
  const windowName = workload.source === 'policy' ? 'cooldown' : 'window';
  const { scaleUp, scaleDown } = workload.behavior;

  const rows: Array<[string, ReactNode]> = [
    ['Scale up', scaleUp ? formatRules(scaleUp, windowName) : 'defaults'],
    ['Scale down', scaleDown ? formatRules(scaleDown, windowName) : 'defaults'],
    [
      'Cooldown',
      workload.cooldownRemainingSeconds > 0
        ? `${formatDuration(workload.cooldownRemainingSeconds)} left`
        : 'none pending',
    ],
  ];
  if (workload.lastScaleTime) {
    rows.push(['Last scaled', <RelativeTime iso={workload.lastScaleTime} />]);
  }

  return (
    <Typography component="dl" variant="body2" className={classes.list}>
      {rows.map(([term, definition]) => (
        <Fragment key={term}>
          <dt className={classes.term}>{term}</dt>
          <dd className={classes.definition}>{definition}</dd>
        </Fragment>
      ))}
    </Typography>
  );
}
