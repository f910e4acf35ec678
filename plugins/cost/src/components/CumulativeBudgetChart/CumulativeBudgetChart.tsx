import {
  amountToNumber,
  BudgetStatus,
  DailyCost,
  parseAmount,
} from '@internal/plugin-cost-common';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  Area,
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
import {
  formatChartMoney,
  formatCompactMoney,
  formatDay,
  formatDayTick,
  formatMonth,
} from '../format';
import { cumulativeSeries } from './cumulative';

const CHART_HEIGHT = 220;

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(1, 0),
  },
}));

/**
 * The month's spend added up day by day against the monthly budget (a
 * horizontal line), with the run-rate forecast dashed to month end: where
 * the lines cross is when the budget runs out.
 */
export function CumulativeBudgetChart(props: {
  daily: DailyCost[];
  budget: BudgetStatus;
  currency: string;
}) {
  const { daily, budget, currency } = props;
  const theme = useTheme();
  const classes = useStyles();
  const data = cumulativeSeries(daily, budget);
  const monthly = amountToNumber(parseAmount(budget.monthly));
  const money = (value: number) => formatChartMoney(value, currency);

  return (
    <figure
      className={classes.figure}
      aria-label={`Spend in ${formatMonth(
        budget.month,
      )} added up, against the budget`}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart
          data={data}
          margin={{ top: 20, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatDayTick} minTickGap={16} />
          <YAxis
            width={64}
            tickFormatter={(value: number) =>
              formatCompactMoney(value, currency)
            }
          />
          <Tooltip
            labelFormatter={(date: string) => formatDay(date)}
            formatter={(value: number) => money(value)}
          />
          <Legend />
          <ReferenceLine
            y={monthly}
            ifOverflow="extendDomain"
            stroke={theme.palette.status.error}
            strokeDasharray="6 3"
            label={{
              value: `Budget ${money(monthly)}`,
              position: 'insideTopLeft',
              fill: theme.palette.text.secondary,
              fontSize: 12,
            }}
          />
          <Area
            type="monotone"
            dataKey="spent"
            name="Spent"
            stroke={theme.palette.primary.main}
            fill={theme.palette.primary.light}
            fillOpacity={0.3}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            type="linear"
            dataKey="forecast"
            name="Forecast"
            stroke={theme.palette.text.secondary}
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
