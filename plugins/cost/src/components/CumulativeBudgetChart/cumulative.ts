import {
  amountToNumber,
  BudgetStatus,
  DailyCost,
  daysInMonth,
  parseAmount,
} from '@internal/plugin-cost-common';

/** A day of the budget month: the spend so far, or the forecast after today. */
export interface CumulativePoint {
  /** `YYYY-MM-DD` */
  date: string;
  /** Spent from the 1st up to and including this day; up to the last day with data */
  spent?: number;
  /** The run-rate forecast, from the last day with data to month end */
  forecast?: number;
}

/**
 * The month's spend added up day by day, then the forecast carried on in a
 * straight line to the month's last day, ending at the backend's
 * `forecastMonthEnd`. The sums are exact; only the points are numbers.
 * Days of `daily` outside the budget's month are left out.
 */
export function cumulativeSeries(
  daily: DailyCost[],
  budget: BudgetStatus,
): CumulativePoint[] {
  const { month } = budget;
  const days = daysInMonth(month);
  const spentByDay = new Map<number, bigint>();
  for (const day of daily) {
    if (!day.date.startsWith(`${month}-`)) continue;
    const dayOfMonth = Number(day.date.slice(8));
    spentByDay.set(
      dayOfMonth,
      (spentByDay.get(dayOfMonth) ?? 0n) + parseAmount(day.amount),
    );
  }
  const elapsed = Math.max(0, ...spentByDay.keys());
  const forecastEnd = amountToNumber(parseAmount(budget.forecastMonthEnd));

  const points: CumulativePoint[] = [];
  let total = 0n;
  for (let dayOfMonth = 1; dayOfMonth <= days; dayOfMonth++) {
    const point: CumulativePoint = {
      date: `${month}-${String(dayOfMonth).padStart(2, '0')}`,
    };
    if (dayOfMonth <= elapsed) {
      total += spentByDay.get(dayOfMonth) ?? 0n;
      point.spent = amountToNumber(total);
    }
    if (elapsed > 0 && elapsed < days && dayOfMonth >= elapsed) {
      const spent = amountToNumber(total);
      point.forecast =
        spent +
        ((forecastEnd - spent) * (dayOfMonth - elapsed)) / (days - elapsed);
    }
    points.push(point);
  }
  return points;
}
