import { SeriesRange } from './readSeries';

/** About this many points per series, whatever the span. */
export const HISTORY_POINTS = 720;
const MINUTE = 60;

/**
 * The query range of a history from `from` to `to` (ms): a step of whole
 * minutes (one at least) giving about `HISTORY_POINTS` points, with start
 * and end on the step's grid so that repeated requests read the same
 * samples.
 */
export function historyRange(from: number, to: number): SeriesRange {
  const span = Math.max(0, to - from) / 1000;
  const stepSeconds =
    Math.max(1, Math.ceil(span / HISTORY_POINTS / MINUTE)) * MINUTE;
  const start = Math.ceil(from / 1000 / stepSeconds) * stepSeconds;
  const end = Math.floor(to / 1000 / stepSeconds) * stepSeconds;
  // a range within one step still asks for one sample
  return { start, end: Math.max(start, end), stepSeconds };
}
