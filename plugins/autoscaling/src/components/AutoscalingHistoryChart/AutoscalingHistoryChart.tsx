import {
  AutoscalingSeries,
  ScalingEvent,
  Workload,
} from '@internal/plugin-autoscaling-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPlace, formatTick } from '../format';
import { AutoscalingPeriod, PERIOD_NAMES } from '../period';
import { eventMarkers, historyRows, mainMetric } from './history';
import { formatAbsoluteTime } from '@internal/frontend-kit';

const CHART_HEIGHT = 220;

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(1, 0, 3),
  },
}));

/**
 * A workload's replicas (and desired replicas) over the period in local
 * time, with its min and max as reference lines, its main metric on a
 * second axis and a dashed line at each scaling event.
 */
export function AutoscalingHistoryChart(props: {
  workload: Workload;
  series: AutoscalingSeries[];
  events: ScalingEvent[];
  period: AutoscalingPeriod;
  /** The range the history covers, in epoch ms. */
  range: [number, number];
}) {
  const { workload, series, events, period, range } = props;
  const theme = useTheme();
  const classes = useStyles();
  const rows = historyRows(series, workload);
  const metric = mainMetric(series, workload);
  const markers = eventMarkers(events, workload, range);
  const title = `Replicas of ${workload.name} in ${PERIOD_NAMES[period]}`;

  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary" paragraph>
        No history for {workload.name} ({formatPlace(workload)}) in{' '}
        {PERIOD_NAMES[period]}.
      </Typography>
    );
  }

  return (
    <figure className={classes.figure} aria-label={title}>
      <Typography variant="subtitle2" component="figcaption">
        {workload.name} ({formatPlace(workload)})
      </Typography>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart
          data={rows}
          margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={range}
            tickFormatter={(ms: number) => formatTick(ms, period)}
            minTickGap={24}
          />
          <YAxis
            yAxisId="replicas"
            width={40}
            allowDecimals={false}
            domain={[0, (top: number) => Math.max(top, workload.maxReplicas)]}
          />
          {metric && (
            <YAxis
              yAxisId="metric"
              orientation="right"
              width={56}
              unit={metric.unit === '%' ? ' %' : ` ${metric.unit}`}
            />
          )}
          <Tooltip labelFormatter={(ms: number) => formatAbsoluteTime(ms)} />
          <Legend />
          <ReferenceLine
            yAxisId="replicas"
            y={workload.maxReplicas}
            stroke={theme.palette.error.main}
            strokeDasharray="6 3"
            label={{
              value: `max ${workload.maxReplicas}`,
              position: 'insideTopLeft',
              fontSize: 12,
            }}
          />
          <ReferenceLine
            yAxisId="replicas"
            y={workload.minReplicas}
            stroke={theme.palette.text.secondary}
            strokeDasharray="6 3"
            label={{
              value: `min ${workload.minReplicas}`,
              position: 'insideBottomLeft',
              fontSize: 12,
            }}
          />
          {markers.map(marker => (
            <ReferenceLine
              key={marker.time}
              yAxisId="replicas"
              x={marker.time}
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 4"
              label={{
                value: marker.label,
                position: 'top',
                fill: theme.palette.text.secondary,
                fontSize: 12,
              }}
            />
          ))}
          <Line
            yAxisId="replicas"
            type="stepAfter"
            dataKey="replicas"
            name="Replicas"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="replicas"
            type="stepAfter"
            dataKey="desired"
            name="Desired"
            stroke={theme.palette.primary.light}
            strokeDasharray="3 3"
            dot={false}
            isAnimationActive={false}
          />
          {metric && (
            <Line
              yAxisId="metric"
              type="monotone"
              dataKey="metric"
              name={`${metric.name} (${metric.unit})`}
              stroke={theme.palette.warning.main}
              dot={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
