import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { SloWindow } from '@internal/plugin-slo-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { sloApiRef } from '../../api';
import { formatBudgetPercent, formatDay, formatWindow } from '../format';
import { historyRange } from './historyRange';
import { formatError } from '@internal/frontend-kit';

const CHART_HEIGHT = 180;

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(1, 0),
  },
  state: {
    minHeight: theme.spacing(4),
    display: 'flex',
    alignItems: 'center',
  },
}));

/**
 * How much error budget was left on each day of the SLO's current window,
 * with a line at zero where the budget is spent.
 */
export function BudgetBurnDown(props: {
  entityRef: string;
  id: string;
  window: SloWindow;
}) {
  const { entityRef, id, window } = props;
  const api = useApi(sloApiRef);
  const theme = useTheme();
  const classes = useStyles();

  const windowKey = formatWindow(window);
  const { value, loading, error } = useAsync(async () => {
    const range = historyRange(window, Date.now());
    const history = await api.getHistory({ entityRef, id, ...range });
    return {
      ...range,
      points: history.points.map(point => ({
        date: point.date,
        budget:
          point.errorBudgetRemaining === null
            ? null
            : point.errorBudgetRemaining * 100,
      })),
    };
    // the window is an object; its description changes exactly when it does
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, entityRef, id, windowKey]);

  if (loading) {
    return (
      <div className={classes.state}>
        <Progress aria-label="Loading the burn-down" />
      </div>
    );
  }
  if (error) {
    return (
      <Typography className={classes.state} variant="body2" color="error">
        Could not load the burn-down: {formatError(error)}
      </Typography>
    );
  }
  if (!value || value.points.every(point => point.budget === null)) {
    return (
      <Typography
        className={classes.state}
        variant="body2"
        color="textSecondary"
      >
        No history for this window yet.
      </Typography>
    );
  }

  return (
    <figure
      className={classes.figure}
      aria-label={`Error budget left per day, ${value.from} to ${value.to}`}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart
          data={value.points}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatDay} minTickGap={24} />
          <YAxis
            width={56}
            domain={[(min: number) => Math.min(0, Math.floor(min)), 100]}
            tickFormatter={(percent: number) => `${percent} %`}
          />
          <Tooltip
            labelFormatter={(date: string) => formatDay(date)}
            formatter={(percent: number) => formatBudgetPercent(percent / 100)}
          />
          <Legend />
          <ReferenceLine
            y={0}
            stroke={theme.palette.status.error}
            strokeDasharray="4 4"
          />
          <Line
            type="monotone"
            dataKey="budget"
            name="Error budget left"
            stroke={theme.palette.primary.main}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
