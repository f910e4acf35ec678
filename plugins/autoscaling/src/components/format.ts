import {
  ScalingEvent,
  ScalingRules,
  Workload,
  WorkloadRecommendation,
} from '@internal/plugin-autoscaling-common';
import { DateTime } from 'luxon';
import { AutoscalingPeriod } from './period';

/** What a missing reading reads as. */
export const NO_VALUE = '—';

/** Up to one decimal, none when whole: 93 → `93`, 0.456 → `0.5`. */
function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A metric reading with its unit: `93 %`, `320 ms`; `—` without a reading. */
export function formatMetricValue(
  value: number | undefined,
  unit: string,
): string {
  if (value === undefined) return NO_VALUE;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A span of seconds: `0 s`, `45 s`, `5 min`, `2 min 30 s`, `1 h 30 min`. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  if (total < 3600) {
    const rest = total % 60;
    return `${Math.floor(total / 60)} min${rest ? ` ${rest} s` : ''}`;
  }
  const minutes = Math.round((total % 3600) / 60);
  return `${Math.floor(total / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}

/** Where a workload runs: `sandbox / agents`, or `policy` outside Kubernetes. */
export function formatPlace(workload: Workload): string {
  if (workload.source === 'policy') return 'policy';
  return [workload.cluster, workload.namespace].filter(Boolean).join(' / ');
}

/** `3 of 1–3 replicas` */
export function formatReplicas(workload: Workload): string {
  const { currentReplicas, minReplicas, maxReplicas } = workload;
  return `${currentReplicas} of ${minReplicas}–${maxReplicas} replicas`;
}

const ACTIONS: Record<WorkloadRecommendation['action'], string> = {
  'scale-up': 'Would scale up to',
  'scale-down': 'Would scale down to',
  hold: 'Would hold at',
};

/** `Would scale up to 3: cpu 93 % is over 80 %` */
export function formatRecommendation(
  recommendation: WorkloadRecommendation,
): string {
  const { action, replicas, reason } = recommendation;
  return `${ACTIONS[action]} ${replicas}: ${reason}`;
}

/**
 * One direction's rules in words, e.g. `5 min window · 4 pods or 100 % per
 * 15 s, whichever is more`; `disabled` when the direction is switched off.
 * `windowName` is `window` for an HPA and `cooldown` for a policy.
 */
export function formatRules(rules: ScalingRules, windowName: string): string {
  if (rules.selectPolicy === 'Disabled') return 'disabled';
  const parts: string[] = [];
  if (rules.stabilizationWindowSeconds !== undefined) {
    parts.push(
      rules.stabilizationWindowSeconds === 0
        ? `no ${windowName}`
        : `${formatDuration(rules.stabilizationWindowSeconds)} ${windowName}`,
    );
  }
  const steps = rules.policies.map(
    policy =>
      `${policy.value}${
        policy.type === 'Percent' ? ' %' : ' pods'
      } per ${formatDuration(policy.periodSeconds)}`,
  );
  if (steps.length > 0) {
    const which =
      steps.length > 1
        ? `, whichever is ${rules.selectPolicy === 'Min' ? 'less' : 'more'}`
        : '';
    parts.push(`${steps.join(' or ')}${which}`);
  }
  return parts.length ? parts.join(' · ') : 'defaults';
}

/** A replica change: `8 → 10`, or `→ 10` when the count before is unknown. */
export function formatChange(event: ScalingEvent): string {
  return event.from === undefined
    ? `→ ${event.to}`
    : `${event.from} → ${event.to}`;
}

const EVENT_SOURCES: Record<ScalingEvent['source'], string> = {
  'kubernetes-event': 'Kubernetes event',
  prometheus: 'Replica series',
};

/** Where an event was seen, as people call it. */
export function formatEventSource(source: ScalingEvent['source']): string {
  return EVENT_SOURCES[source] ?? source;
}

/** Epoch ms as an axis tick in local time: `09:00` over 24 h, `Nov 22` over 7 d. */
export function formatTick(ms: number, period: AutoscalingPeriod): string {
  return DateTime.fromMillis(ms).toFormat(period === '24h' ? 'HH:mm' : 'LLL d');
}
