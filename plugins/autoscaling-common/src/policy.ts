import { AUTOSCALING_POLICY_ANNOTATION } from './annotations';

/** A service's scaling policy outside Kubernetes, as the annotation states it. */
export interface AutoscalingPolicy {
  minInstances: number;
  maxInstances: number;
  /** Scale up when any is exceeded; at least one is set. */
  thresholds: {
    /** Average CPU utilization, percent. */
    cpu?: number;
    /** Average memory utilization, percent. */
    memory?: number;
    /** p95 latency, milliseconds. */
    p95Ms?: number;
  };
  /** Time after a scaling action before the next scale-up. */
  upCooldownSeconds: number;
  /** Time after a scaling action before the next scale-down. */
  downCooldownSeconds: number;
}

/** The platform controller's cooldowns when the annotation names none. */
export const DEFAULT_UP_COOLDOWN_SECONDS = 5 * 60;
export const DEFAULT_DOWN_COOLDOWN_SECONDS = 10 * 60;

const KEYS = ['cpu', 'memory', 'p95', 'min', 'max', 'up', 'down'] as const;
type Key = (typeof KEYS)[number];

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const SECONDS_PER_UNIT = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Thrown for a policy annotation that cannot be read; names the bad key. */
export class PolicyAnnotationError extends Error {
  name = 'PolicyAnnotationError';
  constructor(
    /** The key at fault, when one is. */
    readonly key: string | undefined,
    message: string,
  ) {
    super(`${AUTOSCALING_POLICY_ANNOTATION}: ${message}`);
  }
}

function durationSeconds(key: Key, raw: string): number {
  const match = DURATION.exec(raw);
  if (!match) {
    throw new PolicyAnnotationError(
      key,
      `"${key}" must be a duration such as 400ms, 30s, 5m or 1h, got "${raw}"`,
    );
  }
  return (
    Number(match[1]) * SECONDS_PER_UNIT[match[2] as 'ms' | 's' | 'm' | 'h']
  );
}

function percent(key: Key, raw: string): number {
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || value <= 0 || value > 100) {
    throw new PolicyAnnotationError(
      key,
      `"${key}" must be a percentage above 0 and at most 100, got "${raw}"`,
    );
  }
  return value;
}

function count(key: Key, raw: string, least: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < least || Number(raw) > 1000) {
    throw new PolicyAnnotationError(
      key,
      `"${key}" must be a whole number from ${least} to 1000, got "${raw}"`,
    );
  }
  return Number(raw);
}

/**
 * Reads `cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m`. `min`,
 * `max` and at least one of `cpu`, `memory` and `p95` are required; `up`
 * and `down` default to the platform's 5 and 10 minutes. Throws a
 * PolicyAnnotationError naming the key at fault.
 */
export function parseAutoscalingPolicy(value: string): AutoscalingPolicy {
  const pairs = new Map<Key, string>();
  for (const part of value.split(',')) {
    const [rawKey, raw, ...rest] = part.split('=').map(s => s.trim());
    if (!rawKey && raw === undefined) continue;
    if (!(KEYS as readonly string[]).includes(rawKey)) {
      throw new PolicyAnnotationError(
        rawKey,
        `unknown key "${rawKey}" (known: ${KEYS.join(', ')})`,
      );
    }
    const key = rawKey as Key;
    if (!raw || rest.length > 0) {
      throw new PolicyAnnotationError(
        key,
        `"${key}" needs one value, as ${key}=…`,
      );
    }
    if (pairs.has(key)) {
      throw new PolicyAnnotationError(key, `"${key}" is given twice`);
    }
    pairs.set(key, raw);
  }
  const get = <T>(key: Key, read: (k: Key, raw: string) => T) => {
    const raw = pairs.get(key);
    return raw === undefined ? undefined : read(key, raw);
  };
  const minInstances = get('min', (k, raw) => count(k, raw, 0));
  const maxInstances = get('max', (k, raw) => count(k, raw, 1));
  if (minInstances === undefined || maxInstances === undefined) {
    const key = minInstances === undefined ? 'min' : 'max';
    throw new PolicyAnnotationError(key, `"${key}" is required`);
  }
  if (minInstances > maxInstances) {
    throw new PolicyAnnotationError(
      'min',
      `"min" (${minInstances}) must not exceed "max" (${maxInstances})`,
    );
  }
  const p95Seconds = get('p95', durationSeconds);
  if (p95Seconds === 0) {
    throw new PolicyAnnotationError('p95', '"p95" must be above 0');
  }
  const thresholds = {
    cpu: get('cpu', percent),
    memory: get('memory', percent),
    p95Ms: p95Seconds === undefined ? undefined : p95Seconds * 1000,
  };
  if (Object.values(thresholds).every(t => t === undefined)) {
    throw new PolicyAnnotationError(
      undefined,
      'names no metric to scale on: give cpu, memory or p95',
    );
  }
  return {
    minInstances,
    maxInstances,
    thresholds,
    upCooldownSeconds:
      get('up', durationSeconds) ?? DEFAULT_UP_COOLDOWN_SECONDS,
    downCooldownSeconds:
      get('down', durationSeconds) ?? DEFAULT_DOWN_COOLDOWN_SECONDS,
  };
}
