import { HpaSpec, RailwayPolicy } from '../services';

/** The HPA leaves replicas alone while usage/target is within 10 % of 1. */
const HPA_TOLERANCE = 0.1;

export interface HpaState {
  replicas: number;
  /** Recent recommendations, for the scale-down stabilization window. */
  recommendations: ReadonlyArray<{ time: number; replicas: number }>;
}

/** Average utilization of the requests over the current replicas, 0–1 and above. */
export interface HpaObservation {
  cpuUtilization: number;
  memoryUtilization: number;
}

function replicasForMetric(
  replicas: number,
  utilization: number,
  target: number,
): number {
  const ratio = utilization / target;
  return Math.abs(ratio - 1) <= HPA_TOLERANCE
    ? replicas
    : Math.ceil(replicas * ratio);
}

/**
 * One HPA sync: desired = ceil(current × utilization / target) per metric,
 * the largest metric wins, clamped to min/max. Scale-up is immediate;
 * scale-down takes the highest recommendation of the stabilization window.
 */
export function hpaDesiredReplicas(
  spec: HpaSpec,
  state: HpaState,
  time: number,
  observation: HpaObservation,
): { desired: number; state: HpaState } {
  const byCpu = replicasForMetric(
    state.replicas,
    observation.cpuUtilization,
    spec.cpuTarget,
  );
  const byMemory = spec.memoryTarget
    ? replicasForMetric(
        state.replicas,
        observation.memoryUtilization,
        spec.memoryTarget,
      )
    : byCpu;
  const recommendation = Math.min(
    spec.maxReplicas,
    Math.max(spec.minReplicas, byCpu, byMemory),
  );
  const recommendations = [
    ...state.recommendations.filter(
      r => r.time > time - spec.scaleDownStabilizationSeconds,
    ),
    { time, replicas: recommendation },
  ];
  const desired =
    recommendation >= state.replicas
      ? recommendation
      : Math.min(
          state.replicas,
          Math.max(...recommendations.map(r => r.replicas)),
        );
  return { desired, state: { replicas: desired, recommendations } };
}

export interface RailwayState {
  instances: number;
  /** Unix seconds of the last scaling action. */
  lastScaleTime: number;
}

export interface RailwayObservation {
  cpuUtilization: number;
  memoryUtilization: number;
  p95Seconds: number;
}

/**
 * One evaluation of the Railway policy: one instance up when any limit is
 * crossed, one down when everything is under the low marks; each direction
 * waits for its cooldown since the last scaling action.
 */
export function railwayNextState(
  policy: RailwayPolicy,
  state: RailwayState,
  time: number,
  observation: RailwayObservation,
): RailwayState {
  const { cpuUtilization, memoryUtilization, p95Seconds } = observation;
  const sinceLastScale = time - state.lastScaleTime;
  const over =
    cpuUtilization > policy.scaleUp.cpu ||
    memoryUtilization > policy.scaleUp.memory ||
    p95Seconds > policy.scaleUp.p95Seconds;
  const quiet =
    cpuUtilization < policy.scaleDown.cpu &&
    memoryUtilization < policy.scaleDown.memory &&
    p95Seconds < policy.scaleDown.p95Seconds;
  if (
    over &&
    state.instances < policy.maxInstances &&
    sinceLastScale >= policy.upCooldownSeconds
  ) {
    return { instances: state.instances + 1, lastScaleTime: time };
  }
  if (
    quiet &&
    state.instances > policy.minInstances &&
    sinceLastScale >= policy.downCooldownSeconds
  ) {
    return { instances: state.instances - 1, lastScaleTime: time };
  }
  return state;
}
