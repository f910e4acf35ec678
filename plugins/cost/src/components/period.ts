import { DateTime } from 'luxon';

/** The spans the Costs tab offers. */
export type CostPeriod = 'this-month' | 'last-month' | '90d';

/** The spans in the order the selector offers them; the first is the default. */
export const COST_PERIODS: readonly CostPeriod[] = [
  'this-month',
  'last-month',
  '90d',
];

/** What the selector calls them. */
export const PERIOD_LABELS: Record<CostPeriod, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  '90d': 'Last 90 days',
};

/** Days as the backend reads them: `YYYY-MM-DD`, both included, in UTC. */
export interface DayRange {
  from: string;
  to: string;
}

const utcDay = (ms: number) =>
  DateTime.fromMillis(ms, { zone: 'utc' }).startOf('day');

/**
 * The UTC days a period covers at `now` (epoch ms), the way the bill is
 * bucketed: this month is the 1st to today, last month the whole previous
 * month, and the last 90 days end today (today included, so 89 days back).
 */
export function periodRange(period: CostPeriod, now: number): DayRange {
  const today = utcDay(now);
  const day = (time: DateTime) => time.toFormat('yyyy-MM-dd');
  switch (period) {
    case 'last-month': {
      const month = today.minus({ months: 1 });
      return {
        from: day(month.startOf('month')),
        to: day(month.endOf('month')),
      };
    }
    case '90d':
      return { from: day(today.minus({ days: 89 })), to: day(today) };
    case 'this-month':
    default:
      return { from: day(today.startOf('month')), to: day(today) };
  }
}

/**
 * The period after "in", for sentences: the month's name for a month
 * (`November 2026`), `the last 90 days` otherwise.
 */
export function describePeriod(period: CostPeriod, range: DayRange): string {
  if (period === '90d') return 'the last 90 days';
  return DateTime.fromISO(range.from, {
    zone: 'utc',
    locale: 'en-US',
  }).toFormat('LLLL yyyy');
}
