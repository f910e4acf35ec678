import { ComputeProfile, HpaSpec } from '../services';

/** A resource an HPA of the demo services scales on. */
export type ResourceName = 'cpu' | 'memory';

/** What a service's replicas used, one value per sample. */
export interface ResourceUsage {
  /** Replicas running in the interval that ends at the sample. */
  replicas: Float64Array;
  /** CPU seconds used by all replicas (a counter). */
  cpuSeconds: Float64Array;
  /** Working set of all replicas at the sample. */
  memoryBytes: Float64Array;
}

/** The resources the HPA scales on with their target utilization (0–1): CPU, then memory if set. */
export function resourceTargets(
  spec: HpaSpec,
): Array<[resource: ResourceName, target: number]> {
  return spec.memoryTarget === undefined
    ? [['cpu', spec.cpuTarget]]
    : [
        ['cpu', spec.cpuTarget],
        ['memory', spec.memoryTarget],
      ];
}

/**
 * The average utilization of the replicas' requests at each sample, as an
 * HPA reads it, as fractions: cores used over the interval that ends at the
 * sample ÷ (replicas × CPU request), and the working set ÷ (replicas ×
 * memory request). The first sample has no interval and reads 0 for both.
 */
export function requestUtilization(
  times: readonly number[],
  usage: ResourceUsage,
  requests: Pick<ComputeProfile, 'cpuRequestCores' | 'memoryRequestBytes'>,
): Record<ResourceName, Float64Array> {
  const { replicas, cpuSeconds, memoryBytes } = usage;
  const cpu = new Float64Array(times.length);
  const memory = new Float64Array(times.length);
  for (let i = 1; i < times.length; i++) {
    const cores =
      (cpuSeconds[i] - cpuSeconds[i - 1]) / (times[i] - times[i - 1]);
    cpu[i] = cores / (replicas[i] * requests.cpuRequestCores);
    memory[i] = memoryBytes[i] / (replicas[i] * requests.memoryRequestBytes);
  }
  return { cpu, memory };
}

/** A utilization in whole percent, as `averageUtilization` carries it. */
export function utilizationPercent(fraction: number): number {
  return Math.round(fraction * 100);
}
