import { durationMinutes } from './durations';
import { SloWindow } from './types';

const MINUTE_MS = 60_000;

/** The span an SLO is evaluated over at a given time. */
export interface WindowSpan {
  /** Start of the measured span (ms since epoch). */
  start: number;
  /** End of the measured span: the evaluation time (ms since epoch). */
  end: number;
  /** Length of the whole window in minutes: what the error budget is sized by. */
  lengthMinutes: number;
}

/**
 * The span of a window at `now`. A rolling window is the last `duration`; a
 * calendar window runs from the start of the current month or ISO week (UTC)
 * to now, while its budget is sized by the whole period.
 */
export function windowSpan(window: SloWindow, now: number): WindowSpan {
  if (window.type === 'rolling') {
    const lengthMinutes = durationMinutes(window.duration);
    return { start: now - lengthMinutes * MINUTE_MS, end: now, lengthMinutes };
  }
  const date = new Date(now);
  if (window.unit === 'month') {
    const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    return { start, end: now, lengthMinutes: (next - start) / MINUTE_MS };
  }
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  const start = Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate() - daysSinceMonday,
  );
  return { start, end: now, lengthMinutes: 7 * 24 * 60 };
}
