/** Where a demo service runs; it decides which series the sandbox writes. */
export type Platform = 'kubernetes' | 'railway' | 'vercel';

/** A Kubernetes HorizontalPodAutoscaler (`autoscaling/v2`) on CPU and maybe memory. */
export interface HpaSpec {
  kind: 'hpa';
  minReplicas: number;
  maxReplicas: number;
  /** Target average utilization of the CPU request, 0–1. */
  cpuTarget: number;
  /** Target average utilization of the memory request, 0–1. */
  memoryTarget?: number;
  /** Scale-down stabilization window. */
  scaleDownStabilizationSeconds: number;
}

/**
 * The Railway controller of the seed: scale up when any limit is crossed,
 * down when everything is quiet, one instance at a time, with cooldowns.
 * Same fields as the `agent-platform.io/autoscaling-policy` annotation.
 */
export interface RailwayPolicy {
  kind: 'railway';
  minInstances: number;
  maxInstances: number;
  scaleUp: { cpu: number; memory: number; p95Seconds: number };
  scaleDown: { cpu: number; memory: number; p95Seconds: number };
  upCooldownSeconds: number;
  downCooldownSeconds: number;
}

/** How much CPU and memory one replica asks for and uses. */
export interface ComputeProfile {
  cpuRequestCores: number;
  memoryRequestBytes: number;
  idleCoresPerReplica: number;
  coresPerRequestPerSecond: number;
  memoryBytesPerReplica: number;
  memoryBytesPerRequestPerSecond: number;
}

export interface DemoService {
  name: string;
  platform: Platform;
  namespace: string;
  /** The route that does the work; every service also answers `/health`. */
  workRoute: string;
  /** Work-route requests per second at the weekday peak (15:00 UTC). */
  peakRps: number;
  /** Median latency of the work route when the service is not busy. */
  medianLatencySeconds: number;
  /** Answers 429 when clients exceed their quota. */
  rateLimited: boolean;
  compute?: ComputeProfile;
  autoscaling?: HpaSpec | RailwayPolicy;
}

const MiB = 1024 * 1024;

function agent(
  name: string,
  peakRps: number,
  medianLatencySeconds: number,
): DemoService {
  return {
    name,
    platform: 'kubernetes',
    namespace: 'agents',
    workRoute: '/v1/invoke',
    peakRps,
    medianLatencySeconds,
    rateLimited: false,
    compute: {
      cpuRequestCores: 0.25,
      memoryRequestBytes: 512 * MiB,
      idleCoresPerReplica: 0.02,
      coresPerRequestPerSecond: 0.05,
      memoryBytesPerReplica: 190 * MiB,
      memoryBytesPerRequestPerSecond: 6 * MiB,
    },
    autoscaling: {
      kind: 'hpa',
      minReplicas: 1,
      maxReplicas: 3,
      cpuTarget: 0.75,
      scaleDownStabilizationSeconds: 300,
    },
  };
}

/** The nine services the catalog describes, in a fixed order. */
export const DEMO_SERVICES: readonly DemoService[] = [
  agent('opportunity-agent', 4, 0.045),
  agent('target-agent', 3, 0.044),
  agent('realization-agent', 3.5, 0.047),
  agent('expansion-agent', 2, 0.043),
  agent('integrity-agent', 5, 0.046),
  {
    name: 'orchestrator',
    platform: 'kubernetes',
    namespace: 'agents',
    workRoute: '/v1/invoke',
    peakRps: 15,
    medianLatencySeconds: 0.048,
    rateLimited: false,
    compute: {
      cpuRequestCores: 0.5,
      memoryRequestBytes: 768 * MiB,
      idleCoresPerReplica: 0.04,
      coresPerRequestPerSecond: 0.05,
      memoryBytesPerReplica: 260 * MiB,
      memoryBytesPerRequestPerSecond: 4 * MiB,
    },
    autoscaling: {
      kind: 'hpa',
      minReplicas: 2,
      maxReplicas: 5,
      cpuTarget: 0.7,
      scaleDownStabilizationSeconds: 300,
    },
  },
  {
    name: 'api-gateway',
    platform: 'kubernetes',
    namespace: 'agents',
    workRoute: '/v1/invoke',
    peakRps: 40,
    medianLatencySeconds: 0.04,
    rateLimited: true,
    compute: {
      cpuRequestCores: 0.5,
      memoryRequestBytes: 512 * MiB,
      idleCoresPerReplica: 0.05,
      coresPerRequestPerSecond: 0.02,
      memoryBytesPerReplica: 160 * MiB,
      memoryBytesPerRequestPerSecond: 1 * MiB,
    },
    autoscaling: {
      kind: 'hpa',
      minReplicas: 2,
      maxReplicas: 10,
      cpuTarget: 0.7,
      memoryTarget: 0.8,
      scaleDownStabilizationSeconds: 300,
    },
  },
  {
    name: 'inventory-backend',
    platform: 'railway',
    namespace: 'railway',
    workRoute: '/v1/items',
    peakRps: 12,
    medianLatencySeconds: 0.045,
    rateLimited: false,
    compute: {
      cpuRequestCores: 1,
      memoryRequestBytes: 1024 * MiB,
      idleCoresPerReplica: 0.05,
      coresPerRequestPerSecond: 0.02,
      memoryBytesPerReplica: 300 * MiB,
      memoryBytesPerRequestPerSecond: 2 * MiB,
    },
    autoscaling: {
      kind: 'railway',
      minInstances: 1,
      maxInstances: 5,
      scaleUp: { cpu: 0.8, memory: 0.8, p95Seconds: 0.4 },
      scaleDown: { cpu: 0.6, memory: 0.6, p95Seconds: 0.2 },
      upCooldownSeconds: 300,
      downCooldownSeconds: 600,
    },
  },
  {
    name: 'inventory-frontend',
    platform: 'vercel',
    namespace: 'vercel',
    workRoute: '/',
    peakRps: 25,
    medianLatencySeconds: 0.035,
    rateLimited: false,
  },
];
