import {
  AutoscalingProblem,
  AutoscalingSeries,
} from '@internal/plugin-autoscaling-common';
import { PrometheusApi } from './AutoscalingService';
import { SeriesQuery } from './workloadQueries';

/** A range of a query_range: unix seconds. */
export interface SeriesRange {
  start: number;
  end: number;
  stepSeconds: number;
}

/**
 * The series of one workload over `range`, NaN-free. Each query is asked in
 * parallel; one failing is a problem beside the others' series.
 */
export async function readSeries(
  prometheus: PrometheusApi,
  workload: string,
  queries: SeriesQuery[],
  range: SeriesRange,
): Promise<{ series: AutoscalingSeries[]; errors: AutoscalingProblem[] }> {
  const answers = await Promise.allSettled(
    queries.map(q => prometheus.queryRange(q.query, range)),
  );
  const series: AutoscalingSeries[] = [];
  const errors: AutoscalingProblem[] = [];
  answers.forEach((answer, i) => {
    const { name, unit, byMetricName } = queries[i];
    if (answer.status === 'rejected') {
      errors.push({
        source: 'prometheus',
        message: `${workload} ${name}: ${(answer.reason as Error).message}`,
      });
      return;
    }
    const found = byMetricName ? answer.value : answer.value.slice(0, 1);
    for (const { metric, points } of found) {
      const kept = points.filter(p => Number.isFinite(p.value));
      if (kept.length === 0) continue;
      series.push({
        workload,
        name: byMetricName ? metric.metric_name ?? name : name,
        unit,
        points: kept.map(p => [p.time, p.value]),
      });
    }
  });
  return { series, errors };
}
