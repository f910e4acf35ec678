import { HpaTimeline } from './hpaTimeline';

/** One change of the replica count the HPA made. */
export interface Rescale {
  /** Unix seconds of the sample whose sync scaled. */
  time: number;
  /** The new replica count. */
  size: number;
  /** Kubernetes' reason text, e.g. `All metrics below target`. */
  reason: string;
}

/** The name the HPA controller gives a resource metric in its messages. */
export function resourceMetricName(resource: 'cpu' | 'memory'): string {
  return `${resource} resource utilization (percentage of request)`;
}

/** The metric furthest above (or least below) its target at sample `i`: the one that decides. */
export function leadingMetric(
  timeline: HpaTimeline,
  i: number,
): 'cpu' | 'memory' {
  const { spec, cpuUtilization, memoryUtilization } = timeline;
  return spec.memoryTarget &&
    memoryUtilization[i] / spec.memoryTarget >
      cpuUtilization[i] / spec.cpuTarget
    ? 'memory'
    : 'cpu';
}

/**
 * Every sync of the timeline whose desired replicas differ from the current
 * ones, oldest first, with the reason the HPA controller gives: the metric
 * above target when scaling up, `All metrics below target` when scaling down.
 */
export function rescalesOf(timeline: HpaTimeline): Rescale[] {
  const { times, currentReplicas, desiredReplicas } = timeline;
  const rescales: Rescale[] = [];
  for (let i = 0; i < times.length; i++) {
    const size = desiredReplicas[i];
    if (size !== currentReplicas[i]) {
      rescales.push({
        time: times[i],
        size,
        reason:
          size > currentReplicas[i]
            ? `${resourceMetricName(leadingMetric(timeline, i))} above target`
            : 'All metrics below target',
      });
    }
  }
  return rescales;
}
