import { DEMO_SERVICES } from '../services';

/** The staging cluster OpenCost reports on; its nodes are in no imported bill. */
export const OPENCOST_CLUSTER = 'agents-staging';
/** Where every Kubernetes demo service runs a staging copy at its minimum replicas. */
export const OPENCOST_NAMESPACE = 'agents-staging';

/** OpenCost's default on-demand prices: per vCPU-hour and per GiB-hour. */
export const OPENCOST_PRICES = { cpuHour: 0.031611, ramGiBHour: 0.004237 };
/** The staging node pool: two nodes of 2 vCPU and 8 GiB. */
export const STAGING_NODES = { count: 2, cores: 2, ramGiB: 8 };

const GiB = 1024 ** 3;

/** One workload's cost over a window, in OpenCost's allocation shape. */
export interface OpenCostAllocation {
  name: string;
  properties: {
    cluster: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  window: { start: string; end: string };
  start: string;
  end: string;
  minutes: number;
  cpuCoreRequestAverage: number;
  ramByteRequestAverage: number;
  cpuCost: number;
  gpuCost: number;
  ramCost: number;
  pvCost: number;
  networkCost: number;
  loadBalancerCost: number;
  sharedCost: number;
  externalCost: number;
  totalCost: number;
  cpuEfficiency: number;
  ramEfficiency: number;
}

/** A dollar amount as OpenCost writes it: a float, here to the micro-dollar. */
const micro = (value: number) => Math.round(value * 1e6) / 1e6;

interface Workload {
  name: string;
  labels?: Record<string, string>;
  namespace?: string;
  cores: number;
  ramGiB: number;
}

/** The staging copies: each Kubernetes demo service at its HPA's minimum. */
function stagingWorkloads(): Workload[] {
  return DEMO_SERVICES.flatMap(service => {
    const { compute, autoscaling } = service;
    if (service.platform !== 'kubernetes' || !compute) return [];
    const replicas = autoscaling?.kind === 'hpa' ? autoscaling.minReplicas : 1;
    return [
      {
        name: service.name,
        labels: { app: service.name },
        namespace: OPENCOST_NAMESPACE,
        cores: replicas * compute.cpuRequestCores,
        ramGiB: (replicas * compute.memoryRequestBytes) / GiB,
      },
    ];
  });
}

function allocation(
  workload: Workload,
  start: number,
  end: number,
): OpenCostAllocation {
  const hours = (end - start) / 3600;
  const cpuCost = micro(workload.cores * hours * OPENCOST_PRICES.cpuHour);
  const ramCost = micro(workload.ramGiB * hours * OPENCOST_PRICES.ramGiBHour);
  const window = {
    start: new Date(start * 1000).toISOString().replace('.000Z', 'Z'),
    end: new Date(end * 1000).toISOString().replace('.000Z', 'Z'),
  };
  return {
    name: workload.name,
    properties: {
      cluster: OPENCOST_CLUSTER,
      ...(workload.namespace ? { namespace: workload.namespace } : {}),
      ...(workload.labels ? { labels: workload.labels } : {}),
    },
    window,
    ...window,
    minutes: (end - start) / 60,
    cpuCoreRequestAverage: workload.cores,
    ramByteRequestAverage: workload.ramGiB * GiB,
    cpuCost,
    gpuCost: 0,
    ramCost,
    pvCost: 0,
    networkCost: 0,
    loadBalancerCost: 0,
    sharedCost: 0,
    externalCost: 0,
    totalCost: micro(cpuCost + ramCost),
    cpuEfficiency: 0.35,
    ramEfficiency: 0.42,
  };
}

/**
 * The staging cluster's allocations from `start` to `end` (unix seconds)
 * by workload: every staging copy at its minimum replicas' requests, and
 * `__idle__`, the nodes' capacity nobody requested. Constant per hour, so
 * a window's costs are its hours × the hourly cost.
 */
export function stagingAllocations(
  start: number,
  end: number,
): OpenCostAllocation[] {
  const workloads = stagingWorkloads();
  const requested = workloads.reduce(
    (sum, w) => ({ cores: sum.cores + w.cores, ramGiB: sum.ramGiB + w.ramGiB }),
    { cores: 0, ramGiB: 0 },
  );
  const idle: Workload = {
    name: '__idle__',
    cores: STAGING_NODES.count * STAGING_NODES.cores - requested.cores,
    ramGiB: STAGING_NODES.count * STAGING_NODES.ramGiB - requested.ramGiB,
  };
  return [...workloads, idle].map(w => allocation(w, start, end));
}
