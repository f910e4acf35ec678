/**
 * Calendar days as `YYYY-MM-DD` strings and months as `YYYY-MM`, in UTC: the
 * way cost data is bucketed. Strings compare in calendar order.
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function utcMidnight(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function toEpochDay(day: string): number {
  if (!isDay(day)) {
    throw new Error(`"${day}" is not a day as YYYY-MM-DD`);
  }
  const [year, month, date] = day.split('-').map(Number);
  return utcMidnight(year, month - 1, date).getTime() / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** True for an existing calendar day written `YYYY-MM-DD` (`2028-02-29` yes, `2026-02-29` no). */
export function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(`${match[1]}-${match[2]}`)
  );
}

/** Days in a `YYYY-MM` month, leap years included: `2028-02` has 29. */
export function daysInMonth(month: string): number {
  const match = MONTH.exec(month);
  const monthNumber = Number(match?.[2]);
  if (!match || monthNumber < 1 || monthNumber > 12) {
    throw new Error(`"${month}" is not a month as YYYY-MM`);
  }
  // day 0 of the next month is the last day of this one
  return utcMidnight(Number(match[1]), monthNumber, 0).getUTCDate();
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  return fromEpochDay(toEpochDay(day) + count);
}

/** Every day from `from` to `to`, both included; none when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  const last = toEpochDay(to);
  for (let epochDay = toEpochDay(from); epochDay <= last; epochDay++) {
    days.push(fromEpochDay(epochDay));
  }
  return days;
}

/**
 * The period of the same number of days just before `from`..`to` (both
 * included): for 2026-11-01..2026-11-30 (30 days), 2026-10-02..2026-10-31.
 */
export function previousPeriod(
  from: string,
  to: string,
): { from: string; to: string } {
  const length = toEpochDay(to) - toEpochDay(from) + 1;
  if (length < 1) {
    throw new Error(`the period ${from}..${to} ends before it starts`);
  }
  return { from: addDays(from, -length), to: addDays(from, -1) };
}
