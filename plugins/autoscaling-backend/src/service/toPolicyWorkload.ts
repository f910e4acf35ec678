import {
  AutoscalingPolicy,
  evaluatePolicy,
  PolicyObservation,
  Workload,
} from '@internal/plugin-autoscaling-common';

/**
 * A service scaled by the platform's policy controller as a Workload: its
 * readings against the policy's thresholds, the cooldowns as one-instance
 * steps, and what the controller would do next.
 */
export function toPolicyWorkload(
  name: string,
  policy: AutoscalingPolicy,
  observation: PolicyObservation,
): Workload {
  const next = evaluatePolicy(policy, observation);
  const { cpu, memory, p95Ms } = policy.thresholds;
  const known = (v: number | undefined) =>
    v === undefined || Number.isNaN(v) ? undefined : v;
  const metrics = [
    cpu === undefined
      ? undefined
      : {
          name: 'cpu',
          current: known(observation.cpu),
          target: cpu,
          unit: '%',
        },
    memory === undefined
      ? undefined
      : {
          name: 'memory',
          current: known(observation.memory),
          target: memory,
          unit: '%',
        },
    p95Ms === undefined
      ? undefined
      : {
          name: 'p95',
          current: known(observation.p95Ms),
          target: p95Ms,
          unit: 'ms',
        },
  ].filter(m => m !== undefined);
  const step = (seconds: number) => ({
    stabilizationWindowSeconds: seconds,
    policies: [{ type: 'Pods' as const, value: 1, periodSeconds: seconds }],
  });
  return {
    name,
    source: 'policy',
    minReplicas: policy.minInstances,
    maxReplicas: policy.maxInstances,
    currentReplicas: observation.instances,
    desiredReplicas: next.recommended,
    metrics,
    behavior: {
      scaleUp: step(policy.upCooldownSeconds),
      scaleDown: step(policy.downCooldownSeconds),
    },
    conditions: [],
    ...(observation.lastScaleTime === undefined
      ? {}
      : { lastScaleTime: new Date(observation.lastScaleTime).toISOString() }),
    atMax: next.atMax,
    cooldownRemainingSeconds: next.cooldownRemainingSeconds,
    recommendation: {
      action: next.action,
      replicas: next.recommended,
      reason: next.reason,
    },
  };
}
