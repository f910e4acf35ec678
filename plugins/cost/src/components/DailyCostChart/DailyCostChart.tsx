import {
  amountToNumber,
  DailyCost,
  formatMoney,
  parseAmount,
} from '@internal/plugin-cost-common';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatCompactMoney,
  formatDay,
  formatDayRange,
  formatDayTick,
} from '../format';

const CHART_HEIGHT = 220;

const useStyles = makeStyles(theme => ({
  figure: {
    margin: theme.spacing(1, 0),
  },
}));

/** Days with their amount as a number, for the chart only. */
function chartData(daily: DailyCost[]) {
  return daily.map(day => {
    let value = 0;
    try {
      value = amountToNumber(parseAmount(day.amount));
    } catch {
      // an unreadable amount draws no bar; the tooltip shows the text
    }
    return { date: day.date, value, amount: day.amount };
  });
}

/** The cost of each UTC day of the period, a bar per day. */
export function DailyCostChart(props: {
  daily: DailyCost[];
  currency: string;
}) {
  const { daily, currency } = props;
  const theme = useTheme();
  const classes = useStyles();
  if (daily.length === 0) return null;

  const data = chartData(daily);
  const range = { from: daily[0].date, to: daily[daily.length - 1].date };

  return (
    <figure
      className={classes.figure}
      aria-label={`Cost per day, ${formatDayRange(range)}`}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
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
            formatter={(_value: number, _name: string, item: any) => [
              formatMoney(item.payload.amount, currency),
              '',
            ]}
            separator=""
          />
          <Bar
            dataKey="value"
            name="Cost"
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
