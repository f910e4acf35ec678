import { SloWindow, windowSpan } from '@internal/plugin-slo-common';
import { RatioQueries } from './openSlo';

const WINDOW_PLACEHOLDER = '{{.window}}';
/** A metric name with optional matchers; quoted values may hold any character. */
const SELECTOR =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*\s*(\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})?$/;

/**
 * The increase of a counter over `range`. A query with the Sloth-style
 * `{{.window}}` placeholder gets the range substituted; otherwise it must be a
 * plain series selector, which is wrapped in `increase(…[range])`.
 */
export function counterIncrease(query: string, range: string): string {
  if (query.includes(WINDOW_PLACEHOLDER)) {
    return `sum(${query.split(WINDOW_PLACEHOLDER).join(range)})`;
  }
  if (!SELECTOR.test(query)) {
    throw new Error(
      `"${query}" is neither a series selector nor a query with ${WINDOW_PLACEHOLDER}`,
    );
  }
  return `sum(increase(${query}[${range}]))`;
}

/**
 * The SLI over `range` as one PromQL expression: good / total, or
 * 1 − bad / total. No good (or bad) series counts as zero events; no total
 * gives an empty result or NaN, which callers read as "no data".
 */
export function sliQuery(ratio: RatioQueries, range: string): string {
  const total = counterIncrease(ratio.total, range);
  if (ratio.good) {
    return `(${counterIncrease(ratio.good, range)} or vector(0)) / ${total}`;
  }
  return `1 - ((${counterIncrease(
    ratio.bad!,
    range,
  )} or vector(0)) / ${total})`;
}

/** A range in whole seconds, e.g. `86400s`, for windows that are not a round unit. */
export function secondsRange(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

/** The range of a window at `at`: `30d`, or the seconds since a calendar period began. */
export function windowRange(window: SloWindow, at: number): string {
  return window.type === 'rolling'
    ? window.duration
    : secondsRange(at - windowSpan(window, at).start);
}
