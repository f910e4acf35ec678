import { PrometheusApi } from './AutoscalingService';
import { fillQuery } from './fillQuery';
import { PolicyQueries } from './policyQueries';

/** A policy workload's readings; JSON-safe (no NaN) so they can be cached. */
export interface PolicyReadings {
  instances?: number;
  cpu?: number;
  memory?: number;
  p95Ms?: number;
  /** ms since epoch of the last change of instances within the look-back. */
  lastScaleTime?: number;
}

const STEP_SECONDS = 60;

/**
 * Reads `service`'s instances, CPU, memory and p95 at `now` (ms), and when
 * the instances last changed within `lookBackSeconds` (the longest
 * cooldown is enough: an older change holds nothing back).
 */
export async function readPolicyReadings(
  prometheus: PrometheusApi,
  queries: PolicyQueries,
  service: string,
  now: number,
  lookBackSeconds: number,
): Promise<PolicyReadings> {
  const time = Math.floor(now / 1000);
  const read = async (query: string) => {
    const [sample] = await prometheus.query(
      fillQuery(query, { service }),
      time,
    );
    return sample && Number.isFinite(sample.value) ? sample.value : undefined;
  };
  const [instances, cpu, memory, p95Ms, [history]] = await Promise.all([
    read(queries.instances),
    read(queries.cpu),
    read(queries.memory),
    read(queries.p95Ms),
    prometheus.queryRange(fillQuery(queries.instances, { service }), {
      start: time - lookBackSeconds - STEP_SECONDS,
      end: time,
      stepSeconds: STEP_SECONDS,
    }),
  ]);
  let lastScaleTime: number | undefined;
  const points = history?.points ?? [];
  for (let i = 1; i < points.length; i++) {
    if (points[i].value !== points[i - 1].value) {
      lastScaleTime = points[i].time * 1000;
    }
  }
  return { instances, cpu, memory, p95Ms, lastScaleTime };
}
