import { DEMO_SERVICES } from '../services';
import { generateHistory, historyEndFor, sampleTimes } from './history';
import { histogramQuantile, indexOf, valuesOf } from '../testUtils/history';
import { LATENCY_BUCKETS } from './latency';

const HOUR = 3600;
const DAY = 24 * HOUR;
// Monday 20 April 2026, 00:00 UTC
const END = Date.UTC(2026, 3, 20) / 1000;
// The last week: every incident, at 1-minute resolution (the whole 35 days
// take seconds to simulate inside Jest's sandbox).
const history = generateHistory({ end: END, durationSeconds: 7 * DAY });
const { timestamps } = history;
const BOUNDS = [...LATENCY_BUCKETS.map(String), '+Inf'];

describe('sampleTimes', () => {
  it('samples every 5 minutes, then every minute for the last 7 days, up to the end', () => {
    const times = sampleTimes(END, 35 * DAY, 7 * DAY);
    expect(times[0]).toBe(END - 35 * DAY);
    expect(times[times.length - 1]).toBe(END);
    expect(times[1] - times[0]).toBe(300);
    const fineStart = times.indexOf(END - 7 * DAY);
    expect(times[fineStart] - times[fineStart - 1]).toBe(300);
    expect(times[fineStart + 1] - times[fineStart]).toBe(60);
    expect(times).toHaveLength(28 * 288 + 7 * 1440 + 1);
  });

  it('refuses an end that is not a whole hour', () => {
    expect(() => sampleTimes(END + 60, DAY, DAY)).toThrow(/whole hour/);
  });
});

describe('historyEndFor', () => {
  it('is the next midnight UTC', () => {
    expect(historyEndFor(Date.UTC(2026, 3, 19, 13, 37))).toBe(END);
    expect(historyEndFor(Date.UTC(2026, 3, 19))).toBe(END);
  });
});

describe('generateHistory', () => {
  it('keeps counters monotonic and histograms consistent for every service', () => {
    const problems: string[] = [];
    for (const service of DEMO_SERVICES) {
      const labels = { service: service.name };
      const buckets = BOUNDS.map(le =>
        valuesOf(history, 'http_request_duration_seconds_bucket', {
          ...labels,
          le,
        }),
      );
      const count = valuesOf(
        history,
        'http_request_duration_seconds_count',
        labels,
      );
      const sum = valuesOf(
        history,
        'http_request_duration_seconds_sum',
        labels,
      );
      const counters = [
        count,
        sum,
        ...['200', '400', '500'].map(code =>
          valuesOf(history, 'http_requests_total', {
            ...labels,
            route: service.workRoute,
            code,
          }),
        ),
      ];
      for (let i = 1; i < timestamps.length; i++) {
        const at = `${service.name} @${timestamps[i]}`;
        if (
          buckets.some((values, b) => b > 0 && values[i] < buckets[b - 1][i])
        ) {
          problems.push(`${at}: buckets not cumulative`);
        }
        if (count[i] !== buckets[buckets.length - 1][i]) {
          problems.push(`${at}: _count differs from +Inf`);
        }
        if (counters.some(values => values[i] < values[i - 1])) {
          problems.push(`${at}: a counter went down`);
        }
        // `_sum` lies between the bucket bounds of the new observations
        let lowest = 0;
        let highest = 0;
        buckets.forEach((values, b) => {
          const inBucket =
            values[i] -
            values[i - 1] -
            (b === 0 ? 0 : buckets[b - 1][i] - buckets[b - 1][i - 1]);
          if (inBucket > 0) {
            lowest += inBucket * (b === 0 ? 0 : LATENCY_BUCKETS[b - 1]);
            highest += inBucket * (LATENCY_BUCKETS[b] ?? Infinity);
          }
        });
        const added = sum[i] - sum[i - 1];
        if (added < lowest - 0.01 || added > highest + 0.01) {
          problems.push(
            `${at}: _sum grew by ${added}, not in [${lowest}, ${highest}]`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers in 80–120 ms at the 95th percentile on a normal day', () => {
    const dayStart = indexOf(history, END - DAY);
    for (const service of DEMO_SERVICES) {
      const buckets = BOUNDS.map(le =>
        valuesOf(history, 'http_request_duration_seconds_bucket', {
          service: service.name,
          le,
        }),
      );
      const p95 = histogramQuantile(
        0.95,
        buckets.map(values => values[timestamps.length - 1] - values[dayStart]),
      );
      expect(p95).toBeGreaterThanOrEqual(0.08);
      expect(p95).toBeLessThanOrEqual(0.12);
    }
  });

  it('follows a daily and a weekly shape', () => {
    const requests = valuesOf(history, 'http_requests_total', {
      service: 'api-gateway',
      route: '/v1/invoke',
      code: '200',
    });
    const inHour = (start: number) =>
      requests[indexOf(history, start + HOUR)] -
      requests[indexOf(history, start)];
    const friday = END - 3 * DAY;
    const saturday = END - 2 * DAY;
    expect(inHour(friday + 14 * HOUR)).toBeGreaterThan(
      4 * inHour(friday + 2 * HOUR),
    );
    expect(inHour(saturday + 14 * HOUR)).toBeLessThan(
      0.7 * inHour(friday + 14 * HOUR),
    );
  });

  it('keeps replicas and instances within the autoscaling bounds', () => {
    const problems: string[] = [];
    for (const { name, autoscaling } of DEMO_SERVICES) {
      if (autoscaling?.kind === 'hpa') {
        const replicas = valuesOf(
          history,
          'kube_horizontalpodautoscaler_status_current_replicas',
          { horizontalpodautoscaler: name },
        );
        if (
          Math.min(...replicas) < autoscaling.minReplicas ||
          Math.max(...replicas) > autoscaling.maxReplicas
        ) {
          problems.push(`${name}: replicas outside the HPA bounds`);
        }
      }
      if (autoscaling?.kind === 'railway') {
        const instances = valuesOf(history, 'railway_service_replicas', {
          service: name,
        });
        if (
          Math.min(...instances) < autoscaling.minInstances ||
          Math.max(...instances) > autoscaling.maxInstances
        ) {
          problems.push(`${name}: instances outside the policy bounds`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('runs what the HPA asked for, and scales up when CPU is above target', () => {
    const problems: string[] = [];
    for (const { name, autoscaling, compute } of DEMO_SERVICES) {
      if (autoscaling?.kind !== 'hpa' || !compute) {
        continue;
      }
      const hpa = { horizontalpodautoscaler: name };
      const replicas = valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_current_replicas',
        hpa,
      );
      const desired = valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_desired_replicas',
        hpa,
      );
      const cpu = valuesOf(history, 'container_cpu_usage_seconds_total', {
        container: name,
      });
      for (let i = 1; i < timestamps.length - 1; i++) {
        const at = `${name} @${timestamps[i]}`;
        if (replicas[i + 1] !== desired[i]) {
          problems.push(`${at}: runs ${replicas[i + 1]}, not ${desired[i]}`);
        }
        const utilization =
          (cpu[i] - cpu[i - 1]) /
          (timestamps[i] - timestamps[i - 1]) /
          (replicas[i] * compute.cpuRequestCores);
        if (
          utilization > autoscaling.cpuTarget * 1.1 &&
          replicas[i] < autoscaling.maxReplicas &&
          desired[i] <= replicas[i]
        ) {
          problems.push(`${at}: CPU at ${utilization} but no scale-up`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('carries the target and the current utilization in percent of each metric the HPA scales on', () => {
    const metricsOf = (kind: 'spec' | 'status', hpa: string) =>
      history.families
        .flatMap(family => family.metrics.flatMap(metric => metric.series))
        .filter(
          ({ name, labels }) =>
            name === `kube_horizontalpodautoscaler_${kind}_target_metric` &&
            labels.some(
              ([k, v]) => k === 'horizontalpodautoscaler' && v === hpa,
            ),
        )
        .map(({ labels }) => Object.fromEntries(labels));
    const labels = (hpa: string, metric: string) => ({
      namespace: 'agents',
      horizontalpodautoscaler: hpa,
      metric_name: metric,
      metric_target_type: 'utilization',
    });
    for (const kind of ['spec', 'status'] as const) {
      expect(metricsOf(kind, 'api-gateway')).toEqual([
        labels('api-gateway', 'cpu'),
        labels('api-gateway', 'memory'),
      ]);
      expect(metricsOf(kind, 'opportunity-agent')).toEqual([
        labels('opportunity-agent', 'cpu'),
      ]);
      expect(metricsOf(kind, 'inventory-backend')).toEqual([]);
    }

    const target = (hpa: string, metric: string) =>
      valuesOf(
        history,
        'kube_horizontalpodautoscaler_spec_target_metric',
        labels(hpa, metric),
      );
    expect(new Set(target('api-gateway', 'cpu'))).toEqual(new Set([70]));
    expect(new Set(target('api-gateway', 'memory'))).toEqual(new Set([80]));
    expect(new Set(target('opportunity-agent', 'cpu'))).toEqual(new Set([75]));

    // The scale-out's plateau (Friday 14:40) at 10 replicas: 10 × 0.05 idle
    // cores + 0.02 cores × 240 requests/s = 5.3 cores (±5 % noise on the 4.8)
    // over 10 × 0.5 cores = 101–111 %; memory (10 × 160 MiB + 240 MiB) ± 2 %
    // over 10 × 512 MiB = 35.9 % ± 0.7 = 35–37 %. The first sample has no
    // interval: 0.
    const current = (metric: string) =>
      valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_target_metric',
        labels('api-gateway', metric),
      );
    const plateau = indexOf(history, END - 2 * DAY - 10 * HOUR + 40 * 60);
    expect(
      valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_current_replicas',
        {
          horizontalpodautoscaler: 'api-gateway',
        },
      )[plateau],
    ).toBe(10);
    expect(current('cpu')[plateau]).toBeGreaterThanOrEqual(101);
    expect(current('cpu')[plateau]).toBeLessThanOrEqual(111);
    expect(current('memory')[plateau]).toBeGreaterThanOrEqual(35);
    expect(current('memory')[plateau]).toBeLessThanOrEqual(37);
    expect([current('cpu')[0], current('memory')[0]]).toEqual([0, 0]);
  });

  it('can be limited to a few services and a short window', () => {
    const short = generateHistory({
      end: END,
      durationSeconds: 3 * HOUR,
      services: ['api-gateway', 'inventory-frontend'],
    });
    expect(short.timestamps).toHaveLength(3 * 60 + 1);
    const services = new Set(
      short.families.flatMap(family =>
        family.metrics.flatMap(metric =>
          metric.series.flatMap(series =>
            series.labels
              .filter(([name]) =>
                ['service', 'container', 'horizontalpodautoscaler'].includes(
                  name,
                ),
              )
              .map(([, value]) => value),
          ),
        ),
      ),
    );
    expect([...services].sort()).toEqual(['api-gateway', 'inventory-frontend']);
    expect(short.incidents).toEqual([]);
    expect(() => generateHistory({ end: END, services: ['nope'] })).toThrow(
      /Unknown demo service nope/,
    );
  });
});
