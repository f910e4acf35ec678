import {
  ErrorIssue,
  ErrorsPeriod,
  ErrorsRelease,
} from '@internal/plugin-errors-common';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  countOf,
  formatBucketTick,
  formatCompactCount,
  formatScope,
} from '../format';
import { eventBuckets, releaseMarkers, trendRange } from './trend';
import { formatAbsoluteTime } from '@internal/frontend-kit';

const CHART_HEIGHT = 200;

const BUCKET_NAMES: Record<ErrorsPeriod, string> = {
  '24h': 'hour',
  '14d': 'day',
};

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(1, 0),
  },
}));

/**
 * Events per hour (24 h) or day (14 d) over all the listed issues, in local
 * time, with a dashed line where each release of the range went out.
 */
export function ErrorsTrendChart(props: {
  issues: ErrorIssue[];
  period: ErrorsPeriod;
  releases: ErrorsRelease[];
}) {
  const { issues, period, releases } = props;
  const theme = useTheme();
  const classes = useStyles();

  const buckets = eventBuckets(issues);
  const range = trendRange(buckets, period);
  if (!range) return null;
  const markers = releaseMarkers(releases, range);

  return (
    <figure
      className={classes.figure}
      aria-label={`Events per ${BUCKET_NAMES[period]} ${formatScope({
        period,
      })}`}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <AreaChart
          data={buckets}
          margin={{ top: 20, right: 24, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={range}
            tickFormatter={(ms: number) => formatBucketTick(ms, period)}
            minTickGap={24}
          />
          <YAxis
            width={48}
            allowDecimals={false}
            tickFormatter={formatCompactCount}
          />
          <Tooltip
            labelFormatter={(ms: number) => formatAbsoluteTime(ms)}
            formatter={(events: number) => [countOf(events, 'event'), '']}
            separator=""
          />
          {markers.map(marker => (
            <ReferenceLine
              key={marker.version}
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
          <Area
            type="stepAfter"
            dataKey="events"
            name="Events"
            stroke={theme.palette.error.main}
            fill={theme.palette.error.light}
            fillOpacity={0.3}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
