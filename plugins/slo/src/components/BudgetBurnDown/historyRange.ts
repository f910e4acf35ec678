import { SloWindow, windowSpan } from '@internal/plugin-slo-common';
import { DateTime } from 'luxon';

const isoDay = (ms: number) =>
  DateTime.fromMillis(ms, { zone: 'utc' }).toFormat('yyyy-MM-dd');

/**
 * The days of history that cover an SLO's current window: from the day the
 * window starts (today − 30 days for `30d`, the 1st for a calendar month, the
 * Monday for a calendar week) to today, in UTC.
 */
export function historyRange(
  window: SloWindow,
  now: number,
): { from: string; to: string } {
  return { from: isoDay(windowSpan(window, now).start), to: isoDay(now) };
}
