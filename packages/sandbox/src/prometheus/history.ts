import { DEMO_SERVICES } from '../services';
import { Incident, incidentsFor } from './incidents';
import { LATENCY_BUCKETS } from './latency';
import { ServiceTimeline, simulateService } from './serviceTimeline';
import {
  requestUtilization,
  resourceTargets,
  utilizationPercent,
} from './utilization';

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_HISTORY = {
  seed: 20260401,
  durationSeconds: 35 * DAY,
  fineDurationSeconds: 7 * DAY,
  fineStepSeconds: MINUTE,
  coarseStepSeconds: 5 * MINUTE,
};

export interface HistoryOptions {
  /** Seed of every random choice; same seed and end give the same history. */
  seed?: number;
  /** Unix seconds of the last sample, a whole hour. */
  end: number;
  /** Length of the history (default 35 days). */
  durationSeconds?: number;
  /** The most recent part, sampled every minute (default 7 days); older samples are 5 minutes apart. */
  fineDurationSeconds?: number;
  /** Names of the services to include (default all nine). */
  services?: readonly string[];
}

export type MetricType = 'counter' | 'gauge' | 'histogram';

export type Labels = ReadonlyArray<readonly [name: string, value: string]>;

/** One time series: a sample name, labels and one value per history timestamp. */
export interface Series {
  name: string;
  labels: Labels;
  values: Float64Array;
}

/** A metric of a family: one series, or for a histogram its buckets, `_count` and `_sum`. */
export interface Metric {
  series: Series[];
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help: string;
  metrics: Metric[];
}

export interface History {
  /** Unix seconds of the samples, ascending. */
  timestamps: number[];
  families: MetricFamily[];
  /** The incidents of the chosen services that overlap the history. */
  incidents: Incident[];
}

/**
 * The end the sandbox uses at `nowMs`: the next midnight UTC. The history then
 * covers the whole current day, so queries at "now" always find samples, and
 * restarts on the same day reuse the data.
 */
export function historyEndFor(nowMs: number): number {
  return (Math.floor(nowMs / (DAY * 1000)) + 1) * DAY;
}

/** 5-minute samples, then 1-minute samples for the most recent part, up to and including `end`. */
export function sampleTimes(
  end: number,
  durationSeconds: number,
  fineDurationSeconds: number,
): number[] {
  const { fineStepSeconds, coarseStepSeconds } = DEFAULT_HISTORY;
  if (end % 3600 !== 0) {
    throw new Error(`History end ${end} is not a whole hour`);
  }
  if (
    durationSeconds % coarseStepSeconds !== 0 ||
    fineDurationSeconds % coarseStepSeconds !== 0 ||
    fineDurationSeconds > durationSeconds
  ) {
    throw new Error(
      `History durations must be multiples of ${coarseStepSeconds} s, the fine part no longer than the whole`,
    );
  }
  const times: number[] = [];
  const fineStart = end - fineDurationSeconds;
  for (let t = end - durationSeconds; t < fineStart; t += coarseStepSeconds) {
    times.push(t);
  }
  for (let t = fineStart; t <= end; t += fineStepSeconds) {
    times.push(t);
  }
  return times;
}

const gauge = (
  name: string,
  help: string,
  metrics: Metric[],
): MetricFamily => ({ name, type: 'gauge', help, metrics });

const single = (name: string, labels: Labels, values: Float64Array) => ({
  series: [{ name, labels, values }],
});

function constant(count: number, value: number): Float64Array {
  return new Float64Array(count).fill(value);
}

function families(
  timelines: ServiceTimeline[],
  timestamps: readonly number[],
): MetricFamily[] {
  const count = timestamps.length;
  const httpRequests: Metric[] = [];
  const latency: Metric[] = [];
  const cpu: Metric[] = [];
  const memory: Metric[] = [];
  const requests: Metric[] = [];
  const hpa: Record<
    'min' | 'max' | 'current' | 'desired' | 'target' | 'utilization',
    Metric[]
  > = {
    min: [],
    max: [],
    current: [],
    desired: [],
    target: [],
    utilization: [],
  };
  const railway: Metric[] = [];

  for (const timeline of timelines) {
    const { service } = timeline;
    const { name, namespace, workRoute } = service;
    const http = (route: string): Labels => [
      ['service', name],
      ['namespace', namespace],
      ['route', route],
    ];
    for (const [code, values] of timeline.workRequests) {
      httpRequests.push(
        single(
          'http_requests_total',
          [...http(workRoute), ['code', code]],
          values,
        ),
      );
    }
    httpRequests.push(
      single(
        'http_requests_total',
        [...http('/health'), ['code', '200']],
        timeline.healthRequests,
      ),
    );
    const bounds = [...LATENCY_BUCKETS.map(String), '+Inf'];
    const inf = timeline.latencyBuckets[timeline.latencyBuckets.length - 1];
    latency.push({
      series: [
        ...bounds.map((le, b) => ({
          name: 'http_request_duration_seconds_bucket',
          labels: [...http(workRoute), ['le', le] as const],
          values: timeline.latencyBuckets[b],
        })),
        {
          name: 'http_request_duration_seconds_count',
          labels: http(workRoute),
          values: inf,
        },
        {
          name: 'http_request_duration_seconds_sum',
          labels: http(workRoute),
          values: timeline.latencySum,
        },
      ],
    });

    const container: Labels = [
      ['namespace', namespace],
      ['container', name],
    ];
    if (service.compute && timeline.cpuSeconds && timeline.memoryBytes) {
      cpu.push(
        single(
          'container_cpu_usage_seconds_total',
          container,
          timeline.cpuSeconds,
        ),
      );
      memory.push(
        single(
          'container_memory_working_set_bytes',
          container,
          timeline.memoryBytes,
        ),
      );
      requests.push(
        single(
          'kube_pod_container_resource_requests',
          [...container, ['resource', 'cpu']],
          constant(count, service.compute.cpuRequestCores),
        ),
        single(
          'kube_pod_container_resource_requests',
          [...container, ['resource', 'memory']],
          constant(count, service.compute.memoryRequestBytes),
        ),
      );
    }

    const { autoscaling, compute } = service;
    const { replicas, desiredReplicas, cpuSeconds, memoryBytes } = timeline;
    if (
      autoscaling?.kind === 'hpa' &&
      compute &&
      replicas &&
      desiredReplicas &&
      cpuSeconds &&
      memoryBytes
    ) {
      const hpaLabels: Labels = [
        ['namespace', namespace],
        ['horizontalpodautoscaler', name],
      ];
      const kube = (suffix: string, values: Float64Array) =>
        single(`kube_horizontalpodautoscaler_${suffix}`, hpaLabels, values);
      hpa.min.push(
        kube('spec_min_replicas', constant(count, autoscaling.minReplicas)),
      );
      hpa.max.push(
        kube('spec_max_replicas', constant(count, autoscaling.maxReplicas)),
      );
      hpa.current.push(kube('status_current_replicas', replicas));
      hpa.desired.push(kube('status_desired_replicas', desiredReplicas));
      const utilization = requestUtilization(
        timestamps,
        { replicas, cpuSeconds, memoryBytes },
        compute,
      );
      for (const [resource, target] of resourceTargets(autoscaling)) {
        const metricLabels: Labels = [
          ...hpaLabels,
          ['metric_name', resource],
          ['metric_target_type', 'utilization'],
        ];
        hpa.target.push(
          single(
            'kube_horizontalpodautoscaler_spec_target_metric',
            metricLabels,
            constant(count, utilizationPercent(target)),
          ),
        );
        hpa.utilization.push(
          single(
            'kube_horizontalpodautoscaler_status_target_metric',
            metricLabels,
            utilization[resource].map(utilizationPercent),
          ),
        );
      }
    }
    if (autoscaling?.kind === 'railway' && timeline.replicas) {
      railway.push(
        single(
          'railway_service_replicas',
          [['service', name]],
          timeline.replicas,
        ),
      );
    }
  }

  return [
    {
      name: 'http_requests',
      type: 'counter',
      help: 'HTTP requests handled, by route and status code.',
      metrics: httpRequests,
    },
    {
      name: 'http_request_duration_seconds',
      type: 'histogram',
      help: 'Latency of the work route.',
      metrics: latency,
    },
    {
      name: 'container_cpu_usage_seconds',
      type: 'counter',
      help: 'CPU time used by all replicas of the container.',
      metrics: cpu,
    },
    gauge(
      'container_memory_working_set_bytes',
      'Working set of all replicas of the container.',
      memory,
    ),
    gauge(
      'kube_pod_container_resource_requests',
      'Resources requested by one replica (cores or bytes).',
      requests,
    ),
    gauge(
      'kube_horizontalpodautoscaler_spec_min_replicas',
      'Lower limit of the HPA.',
      hpa.min,
    ),
    gauge(
      'kube_horizontalpodautoscaler_spec_max_replicas',
      'Upper limit of the HPA.',
      hpa.max,
    ),
    gauge(
      'kube_horizontalpodautoscaler_status_current_replicas',
      'Replicas running.',
      hpa.current,
    ),
    gauge(
      'kube_horizontalpodautoscaler_status_desired_replicas',
      'Replicas the HPA asks for.',
      hpa.desired,
    ),
    gauge(
      'kube_horizontalpodautoscaler_spec_target_metric',
      'Target of a metric the HPA scales on (utilization in percent of the requests).',
      hpa.target,
    ),
    gauge(
      'kube_horizontalpodautoscaler_status_target_metric',
      'Current value of a metric the HPA scales on (utilization in percent of the requests).',
      hpa.utilization,
    ),
    gauge(
      'railway_service_replicas',
      'Instances of a Railway service.',
      railway,
    ),
  ];
}

/** Simulates the demo services and returns their history as metric families. */
export function generateHistory(options: HistoryOptions): History {
  const {
    seed = DEFAULT_HISTORY.seed,
    end,
    durationSeconds = DEFAULT_HISTORY.durationSeconds,
    fineDurationSeconds = Math.min(
      DEFAULT_HISTORY.fineDurationSeconds,
      durationSeconds,
    ),
    services,
  } = options;
  const selected = services
    ? services.map(name => {
        const service = DEMO_SERVICES.find(s => s.name === name);
        if (!service) {
          throw new Error(`Unknown demo service ${name}`);
        }
        return service;
      })
    : DEMO_SERVICES;
  const timestamps = sampleTimes(end, durationSeconds, fineDurationSeconds);
  const incidents = incidentsFor(end);
  const timelines = selected.map(service =>
    simulateService(service, timestamps, incidents, seed),
  );
  return {
    timestamps,
    families: families(timelines, timestamps),
    incidents: incidents.filter(
      incident =>
        incident.end > timestamps[0] &&
        incident.start < end &&
        selected.some(service => service.name === incident.service),
    ),
  };
}
