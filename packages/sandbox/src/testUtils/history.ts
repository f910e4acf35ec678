import { History } from '../prometheus/history';
import { LATENCY_BUCKETS } from '../prometheus/latency';

/** The values of the one series with this sample name whose labels include `labels`. */
export function valuesOf(
  history: History,
  name: string,
  labels: Record<string, string>,
): Float64Array {
  const matches = history.families
    .flatMap(family => family.metrics.flatMap(metric => metric.series))
    .filter(
      series =>
        series.name === name &&
        Object.entries(labels).every(([key, value]) =>
          series.labels.some(([k, v]) => k === key && v === value),
        ),
    );
  if (matches.length !== 1) {
    throw new Error(
      `${matches.length} series match ${name}${JSON.stringify(labels)}`,
    );
  }
  return matches[0].values;
}

/** Index of the sample at exactly `time`. */
export function indexOf(history: History, time: number): number {
  const index = history.timestamps.indexOf(time);
  if (index === -1) {
    throw new Error(`No sample at ${time}`);
  }
  return index;
}

/** Sum of the increases of several counters between two sample indices. */
export function increase(
  counters: Float64Array[],
  from: number,
  to: number,
): number {
  return counters.reduce((sum, values) => sum + values[to] - values[from], 0);
}

/**
 * What PromQL's histogram_quantile answers for cumulative bucket increases
 * (one per LATENCY_BUCKETS bound, then `+Inf`).
 */
export function histogramQuantile(q: number, buckets: number[]): number {
  const total = buckets[buckets.length - 1];
  const rank = q * total;
  const index = buckets.findIndex(count => count >= rank);
  if (index >= LATENCY_BUCKETS.length) {
    return LATENCY_BUCKETS[LATENCY_BUCKETS.length - 1];
  }
  const lower = index === 0 ? 0 : LATENCY_BUCKETS[index - 1];
  const below = index === 0 ? 0 : buckets[index - 1];
  return (
    lower +
    ((LATENCY_BUCKETS[index] - lower) * (rank - below)) /
      (buckets[index] - below)
  );
}
