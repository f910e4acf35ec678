import { DateTime } from 'luxon';

/** An ISO timestamp relative to now, e.g. `3 hours ago`; the input when unreadable. */
export function formatRelativeTime(iso: string): string {
  const time = DateTime.fromISO(iso);
  return time.isValid ? time.toRelative() ?? iso : iso;
}

/** An ISO timestamp or epoch milliseconds in local time, e.g. `Nov 22, 2026, 9:00 AM`. */
export function formatAbsoluteTime(time: string | number): string {
  const local =
    typeof time === 'number'
      ? DateTime.fromMillis(time)
      : DateTime.fromISO(time);
  return local.isValid
    ? local.toLocaleString(DateTime.DATETIME_MED)
    : String(time);
}
