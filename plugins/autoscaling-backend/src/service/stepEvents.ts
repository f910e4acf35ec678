import {
  AutoscalingPolicy,
  AutoscalingSeries,
  evaluatePolicy,
  PolicyObservation,
  ScalingEvent,
  Workload,
} from '@internal/plugin-autoscaling-common';
import { hpaStepReason } from './hpaStepReason';
import { replicaSteps } from './replicaSteps';

/**
 * The policy's verdict on the readings before a step, said plainly when it
 * is not the step taken (the controller read other samples).
 */
function policyStepReason(
  policy: AutoscalingPolicy,
  up: boolean,
  observation: PolicyObservation,
): string {
  const { action, reason } = evaluatePolicy(policy, observation);
  return action === (up ? 'scale-up' : 'scale-down')
    ? reason
    : `the readings a step earlier do not explain it: ${reason}`;
}

/**
 * The replica changes in a workload's series as scaling events, each with
 * its reason read from the metrics at the sample before it: for an HPA the
 * utilization metrics against their targets, for a policy workload the
 * policy's own rule (`evaluatePolicy`).
 */
export function stepEvents(
  workload: Workload,
  series: AutoscalingSeries[],
  stepSeconds: number,
  policy?: AutoscalingPolicy,
): ScalingEvent[] {
  const named = (name: string) =>
    series.find(s => s.workload === workload.name && s.name === name);
  const replicas = named('replicas');
  if (!replicas) return [];
  const valueAt = (name: string, time: number) =>
    named(name)?.points.find(([t]) => t === time)?.[1];

  return replicaSteps(
    replicas.points.map(([time, value]) => ({ time, value })),
  ).map(step => {
    const before = step.time - stepSeconds;
    const reason = policy
      ? policyStepReason(policy, step.to > step.from, {
          instances: step.from,
          cpu: valueAt('cpu', before),
          memory: valueAt('memory', before),
          p95Ms: valueAt('p95', before),
          now: before * 1000,
        })
      : hpaStepReason(
          step,
          workload.metrics
            .filter(m => m.unit === '%')
            .map(m => ({ ...m, value: valueAt(m.name, before) })),
        );
    return {
      time: new Date(step.time * 1000).toISOString(),
      workload: workload.name,
      ...(workload.cluster ? { cluster: workload.cluster } : {}),
      ...(workload.namespace ? { namespace: workload.namespace } : {}),
      from: step.from,
      to: step.to,
      reason,
      source: 'prometheus' as const,
      atMax: step.to >= workload.maxReplicas,
    };
  });
}
