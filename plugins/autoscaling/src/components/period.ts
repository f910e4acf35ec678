/** The spans the tab's history and events cover. */
export type AutoscalingPeriod = '24h' | '7d';

/** The spans in the order the toggle offers them. */
export const PERIODS: AutoscalingPeriod[] = ['24h', '7d'];

/** How the period reads after "in": `the last 24 hours`. */
export const PERIOD_NAMES: Record<AutoscalingPeriod, string> = {
  '24h': 'the last 24 hours',
  '7d': 'the last 7 days',
};

const PERIOD_MS: Record<AutoscalingPeriod, number> = {
  '24h': 24 * 60 * 60 * 1000,
  '7d': 7 * 24 * 60 * 60 * 1000,
};

/** The period up to `now` (epoch ms), as the ISO times the backend reads. */
export function periodRange(
  period: AutoscalingPeriod,
  now: number,
): { from: string; to: string } {
  return {
    from: new Date(now - PERIOD_MS[period]).toISOString(),
    to: new Date(now).toISOString(),
  };
}
