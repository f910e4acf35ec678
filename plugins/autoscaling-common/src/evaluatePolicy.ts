import { formatReading } from './formatReading';
import { AutoscalingPolicy } from './policy';

/** What the controller sees at one moment. */
export interface PolicyObservation {
  instances: number;
  /** Percent; undefined or NaN when there is no data. */
  cpu?: number;
  /** Percent; undefined or NaN when there is no data. */
  memory?: number;
  /** Milliseconds; undefined or NaN when there is no data. */
  p95Ms?: number;
  /** ms since epoch of the last scaling action, if known. */
  lastScaleTime?: number;
  /** ms since epoch */
  now: number;
}

/** The controller's next step: one instance up or down, or none. */
export interface PolicyRecommendation {
  action: 'scale-up' | 'scale-down' | 'hold';
  current: number;
  recommended: number;
  /** Why, in words, e.g. `cpu 93 % is over 80 %`. */
  reason: string;
  /** Time left before the step the metrics call for may be taken; 0 when none. */
  cooldownRemainingSeconds: number;
  atMax: boolean;
}

/** Scale down only when every metric is under this share of its threshold… */
export const SCALE_DOWN_SHARE = 0.75;
/** …and p95 latency under this share of its threshold. */
export const SCALE_DOWN_P95_SHARE = 0.5;

type MetricName = 'cpu' | 'memory' | 'p95';

interface Reading {
  name: MetricName;
  value: number | undefined;
  threshold: number;
  unit: string;
}

function readings(
  policy: AutoscalingPolicy,
  observation: PolicyObservation,
): Reading[] {
  const { cpu, memory, p95Ms } = policy.thresholds;
  const known = (v: number | undefined) =>
    v === undefined || Number.isNaN(v) ? undefined : v;
  const all: Array<Reading | undefined> = [
    cpu === undefined
      ? undefined
      : {
          name: 'cpu',
          value: known(observation.cpu),
          threshold: cpu,
          unit: '%',
        },
    memory === undefined
      ? undefined
      : {
          name: 'memory',
          value: known(observation.memory),
          threshold: memory,
          unit: '%',
        },
    p95Ms === undefined
      ? undefined
      : {
          name: 'p95',
          value: known(observation.p95Ms),
          threshold: p95Ms,
          unit: 'ms',
        },
  ];
  return all.filter((r): r is Reading => r !== undefined);
}

function lowMark(reading: Reading): number {
  return (
    reading.threshold *
    (reading.name === 'p95' ? SCALE_DOWN_P95_SHARE : SCALE_DOWN_SHARE)
  );
}

/**
 * The platform's controller for services outside Kubernetes: one instance
 * up when any metric is over its threshold; one down only when every metric
 * is under 75 % of its threshold (p95 under half of it); each step waits
 * for its cooldown since the last scaling action, and stays within
 * min–max. A metric without data never triggers a step and blocks a
 * scale-down.
 */
export function evaluatePolicy(
  policy: AutoscalingPolicy,
  observation: PolicyObservation,
): PolicyRecommendation {
  const current = observation.instances;
  const { minInstances: min, maxInstances: max } = policy;
  const base = { current, atMax: current >= max, cooldownRemainingSeconds: 0 };
  if (current < min || current > max) {
    const recommended = current < min ? min : max;
    return {
      ...base,
      action: current < min ? 'scale-up' : 'scale-down',
      recommended,
      reason: `${current} instances is outside ${min}–${max}`,
    };
  }
  const sinceLastScale =
    observation.lastScaleTime === undefined
      ? Infinity
      : (observation.now - observation.lastScaleTime) / 1000;
  const hold = (reason: string, cooldownSeconds = 0) => ({
    ...base,
    action: 'hold' as const,
    recommended: current,
    reason,
    cooldownRemainingSeconds: Math.max(0, cooldownSeconds - sinceLastScale),
  });

  const metrics = readings(policy, observation);
  const over = metrics.filter(
    m => m.value !== undefined && m.value > m.threshold,
  );
  if (over.length > 0) {
    const why = over
      .map(
        m =>
          `${m.name} ${formatReading(m.value!, m.unit)} is over ${formatReading(
            m.threshold,
            m.unit,
          )}`,
      )
      .join(', ');
    if (current >= max) return hold(`${why}, but ${max} is the maximum`);
    if (sinceLastScale < policy.upCooldownSeconds) {
      return hold(
        `${why}; waiting for the scale-up cooldown`,
        policy.upCooldownSeconds,
      );
    }
    return {
      ...base,
      action: 'scale-up',
      recommended: current + 1,
      reason: why,
    };
  }

  const missing = metrics.filter(m => m.value === undefined);
  if (missing.length > 0) {
    return hold(`no data for ${missing.map(m => m.name).join(', ')}`);
  }
  const busy = metrics.filter(m => m.value! >= lowMark(m));
  if (busy.length > 0) {
    return hold(
      `within thresholds (${busy
        .map(
          m =>
            `${m.name} ${formatReading(m.value!, m.unit)} ≥ ${formatReading(
              lowMark(m),
              m.unit,
            )}`,
        )
        .join(', ')})`,
    );
  }
  const quiet = `every metric under its scale-down mark (${metrics
    .map(m => `${m.name} < ${formatReading(lowMark(m), m.unit)}`)
    .join(', ')})`;
  if (current <= min) return hold(`${quiet}, but ${min} is the minimum`);
  if (sinceLastScale < policy.downCooldownSeconds) {
    return hold(
      `${quiet}; waiting for the scale-down cooldown`,
      policy.downCooldownSeconds,
    );
  }
  return {
    ...base,
    action: 'scale-down',
    recommended: current - 1,
    reason: quiet,
  };
}
