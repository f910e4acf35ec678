import { DEFAULT_HISTORY, sampleTimes } from '../prometheus/history';
import { incidentsFor } from '../prometheus/incidents';
import { simulateService } from '../prometheus/serviceTimeline';
import { requestUtilization } from '../prometheus/utilization';
import {
  ComputeProfile,
  DEMO_SERVICES,
  DemoService,
  HpaSpec,
} from '../services';

/**
 * What the HPA of one Kubernetes-hosted demo service saw and decided at each
 * sample of the Prometheus history: the same simulation, so the same values
 * as the `kube_horizontalpodautoscaler_*` and `container_*` series.
 */
export interface HpaTimeline {
  service: DemoService;
  spec: HpaSpec;
  compute: ComputeProfile;
  /** Unix seconds of the samples, ascending (shared by all timelines). */
  times: readonly number[];
  /** Replicas running in the interval that ends at the sample. */
  currentReplicas: Float64Array;
  /** Replicas the HPA asks for at the sample. */
  desiredReplicas: Float64Array;
  /** Average CPU used over the interval ÷ the replicas' CPU requests. */
  cpuUtilization: Float64Array;
  /** Working set at the sample ÷ the replicas' memory requests. */
  memoryUtilization: Float64Array;
}

/** The timeline of one service's HPA from its simulated series. */
function hpaTimeline(
  service: DemoService,
  times: readonly number[],
  seed: number,
  historyEnd: number,
): HpaTimeline | undefined {
  const { autoscaling, compute } = service;
  if (autoscaling?.kind !== 'hpa' || !compute) return undefined;
  const { replicas, desiredReplicas, cpuSeconds, memoryBytes } =
    simulateService(service, times, incidentsFor(historyEnd), seed);
  if (!replicas || !desiredReplicas || !cpuSeconds || !memoryBytes) {
    throw new Error(`The simulation of ${service.name} has no HPA series`);
  }
  const utilization = requestUtilization(
    times,
    { replicas, cpuSeconds, memoryBytes },
    compute,
  );
  return {
    service,
    spec: autoscaling,
    compute,
    times,
    currentReplicas: replicas,
    desiredReplicas,
    cpuUtilization: utilization.cpu,
    memoryUtilization: utilization.memory,
  };
}

/**
 * The HPAs of the Kubernetes-hosted demo services over the default history
 * (35 days) that ends at `historyEnd`, as `yarn workspace sandbox start`
 * generates it for Prometheus.
 */
export function hpaTimelines(options: {
  seed: number;
  historyEnd: number;
}): HpaTimeline[] {
  const { seed, historyEnd } = options;
  const times = sampleTimes(
    historyEnd,
    DEFAULT_HISTORY.durationSeconds,
    DEFAULT_HISTORY.fineDurationSeconds,
  );
  return DEMO_SERVICES.flatMap(
    service => hpaTimeline(service, times, seed, historyEnd) ?? [],
  );
}

/** Index of the sample at `time` (the last one not after it), clamped to the history. */
export function sampleAt(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (times[middle] <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}
