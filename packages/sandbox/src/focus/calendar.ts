/** UTC days and months of the FOCUS files, as day numbers since 1970-01-01. */

export const DAY_SECONDS = 86_400;

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDT00:00:00Z`, the start of a day number, as FOCUS date-times are written. */
export function dayStartText(day: number): string {
  return `${isoDay(day)}T00:00:00Z`;
}

/** A calendar month: `YYYY-MM`, its first day and its number of days. */
export interface Month {
  id: string;
  firstDay: number;
  days: number;
}

/** The month that holds a day number. */
export function monthOf(day: number): Month {
  const date = new Date(day * DAY_SECONDS * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const firstDay = Date.UTC(year, month, 1) / 1000 / DAY_SECONDS;
  const nextFirstDay = Date.UTC(year, month + 1, 1) / 1000 / DAY_SECONDS;
  return {
    id: isoDay(firstDay).slice(0, 7),
    firstDay,
    days: nextFirstDay - firstDay,
  };
}

/** The month `offset` months after (before, when negative) the month of `day`. */
export function monthsAfter(day: number, offset: number): Month {
  const date = new Date(day * DAY_SECONDS * 1000);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
  return monthOf(first / 1000 / DAY_SECONDS);
}

/** The last day the files cover for a history ending at `end` (unix seconds): the day of `end − 1 s`. */
export function lastDayFor(end: number): number {
  return Math.floor((end - 1) / DAY_SECONDS);
}
