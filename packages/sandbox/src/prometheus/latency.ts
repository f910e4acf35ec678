/** Upper bounds of `http_request_duration_seconds_bucket`, without `+Inf`. */
export const LATENCY_BUCKETS: readonly number[] = [
  0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1, 2.5,
];

/** Request latency as a log-normal distribution. */
export interface LatencyDistribution {
  medianSeconds: number;
  sigma: number;
}

const Z_95 = 1.6448536269514722;

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error below 1e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 +
      t *
        (-0.284496736 +
          t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Share of requests that take at most `seconds`. */
export function shareAtMost(
  distribution: LatencyDistribution,
  seconds: number,
): number {
  return normalCdf(
    Math.log(seconds / distribution.medianSeconds) / distribution.sigma,
  );
}

export function meanSeconds(distribution: LatencyDistribution): number {
  return distribution.medianSeconds * Math.exp(distribution.sigma ** 2 / 2);
}

export function p95Seconds(distribution: LatencyDistribution): number {
  return distribution.medianSeconds * Math.exp(Z_95 * distribution.sigma);
}

/**
 * Cumulative bucket counts (one per `LATENCY_BUCKETS` entry) for `requests`
 * requests. Rounding a non-decreasing share keeps the buckets cumulative.
 */
export function bucketCounts(
  distribution: LatencyDistribution,
  requests: number,
): number[] {
  return LATENCY_BUCKETS.map(le =>
    Math.round(requests * shareAtMost(distribution, le)),
  );
}
