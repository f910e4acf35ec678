import { SloIndicator } from '@internal/plugin-slo-common';

/**
 * What an SLO measures, read from its name and queries: `latency` when any of
 * them mentions latency, duration or a histogram bucket, else `availability`.
 */
export function inferIndicator(
  name: string,
  queries: Array<string | undefined>,
): SloIndicator {
  const text = [name, ...queries].join(' ');
  return /latency|duration|_bucket/i.test(text) ? 'latency' : 'availability';
}
