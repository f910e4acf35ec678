import { Workload } from '@internal/plugin-autoscaling-common';
import { fillQuery } from './fillQuery';
import { HpaQueries } from './hpaQueries';
import { PolicyQueries } from './policyQueries';

/** One series of a workload's history, as PromQL. */
export interface SeriesQuery {
  /** `replicas`, `desired`, `max`, or a metric's name */
  name: string;
  unit: string;
  query: string;
  /** The query answers one series per `metric_name` label, each named after it. */
  byMetricName?: boolean;
}

/** The PromQL of what is known about each kind of workload. */
export interface HistoryQueries {
  hpa: HpaQueries;
  policy: PolicyQueries;
}

const POLICY_METRICS: Record<string, keyof PolicyQueries> = {
  cpu: 'cpu',
  memory: 'memory',
  p95: 'p95Ms',
};

/**
 * The series of `workload` of the entity `service`: an HPA's replicas,
 * desired replicas, maximum, utilization metrics and p95 latency; a policy
 * workload's instances and the metrics its policy scales on.
 */
export function workloadQueries(
  workload: Workload,
  service: string,
  queries: HistoryQueries,
): SeriesQuery[] {
  const variables = {
    service,
    workload: workload.name,
    namespace: workload.namespace,
  };
  const fill = (query: string) => fillQuery(query, variables);
  if (workload.source === 'kubernetes') {
    const { hpa } = queries;
    return [
      { name: 'replicas', unit: 'replicas', query: fill(hpa.replicas) },
      { name: 'desired', unit: 'replicas', query: fill(hpa.desired) },
      { name: 'max', unit: 'replicas', query: fill(hpa.max) },
      {
        name: 'utilization',
        unit: '%',
        query: fill(hpa.utilization),
        byMetricName: true,
      },
      { name: 'p95', unit: 'ms', query: fill(hpa.p95Ms) },
    ];
  }
  return [
    {
      name: 'replicas',
      unit: 'replicas',
      query: fill(queries.policy.instances),
    },
    ...workload.metrics.flatMap(metric => {
      const key = POLICY_METRICS[metric.name];
      return key
        ? [
            {
              name: metric.name,
              unit: metric.unit,
              query: fill(queries.policy[key]),
            },
          ]
        : [];
    }),
  ];
}

/** Of an HPA's series, those the reason of a step is read from. */
const HPA_STEP_SERIES = ['replicas', 'utilization'];

/** The series the recorder reads to find a workload's steps and their reasons. */
export function stepQueries(
  workload: Workload,
  service: string,
  queries: HistoryQueries,
): SeriesQuery[] {
  const all = workloadQueries(workload, service, queries);
  return workload.source === 'kubernetes'
    ? all.filter(q => HPA_STEP_SERIES.includes(q.name))
    : all;
}
