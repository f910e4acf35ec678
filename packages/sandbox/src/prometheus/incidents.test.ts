import { generateHistory } from './history';
import {
  histogramQuantile,
  increase,
  indexOf,
  valuesOf,
} from '../testUtils/history';
import { incidentsFor, INCIDENT_SCHEDULE } from './incidents';
import { LATENCY_BUCKETS } from './latency';

const HOUR = 3600;
const DAY = 24 * HOUR;
const END = Date.UTC(2026, 3, 20) / 1000;
// The last week holds every incident, at 1-minute resolution.
const history = generateHistory({ end: END, durationSeconds: 7 * DAY });
const { timestamps } = history;

function incident(id: string) {
  const found = history.incidents.find(i => i.id === id);
  if (!found) {
    throw new Error(`no incident ${id}`);
  }
  return {
    ...found,
    from: indexOf(history, found.start),
    to: indexOf(history, found.end),
  };
}

function requestCounters(service: string) {
  return history.families
    .find(family => family.name === 'http_requests')!
    .metrics.map(metric => metric.series[0])
    .filter(series =>
      series.labels.some(([k, v]) => k === 'service' && v === service),
    );
}

describe('incidentsFor', () => {
  it('places the incidents at fixed offsets before the end', () => {
    expect(
      incidentsFor(END).map(({ id, start, end }) => ({
        id,
        startsBeforeEnd: (END - start) / HOUR,
        hours: (end - start) / HOUR,
      })),
    ).toEqual([
      {
        id: 'opportunity-agent-latency-regression',
        startsBeforeEnd: 154,
        hours: 2,
      },
      { id: 'inventory-backend-cpu-spike', startsBeforeEnd: 109, hours: 1.5 },
      { id: 'api-gateway-error-burst', startsBeforeEnd: 80, hours: 40 / 60 },
      { id: 'api-gateway-scale-out', startsBeforeEnd: 58, hours: 80 / 60 },
    ]);
    expect(history.incidents.map(i => i.id)).toEqual(
      INCIDENT_SCHEDULE.map(i => i.id),
    );
  });
});

describe('the generated incidents', () => {
  it('api-gateway error burst: 8–15 % of requests fail with 500, against under 1 % before', () => {
    const { from, to } = incident('api-gateway-error-burst');
    const counters = requestCounters('api-gateway');
    const errors = counters.filter(series =>
      series.labels.some(([k, v]) => k === 'code' && v === '500'),
    );
    const all = counters.map(series => series.values);
    const errorValues = errors.map(series => series.values);
    const ratio = (a: number, b: number) =>
      increase(errorValues, a, b) / increase(all, a, b);

    expect(to - from).toBe(40);
    expect(ratio(from, to)).toBeGreaterThanOrEqual(0.08);
    expect(ratio(from, to)).toBeLessThanOrEqual(0.15);
    for (let i = from; i < to; i++) {
      expect(ratio(i, i + 1)).toBeGreaterThanOrEqual(0.08);
      expect(ratio(i, i + 1)).toBeLessThanOrEqual(0.15);
    }
    expect(ratio(from - 60, from)).toBeLessThan(0.01);
    expect(ratio(to, to + 60)).toBeLessThan(0.01);
  });

  it('opportunity-agent latency regression: p95 between 450 and 600 ms for two hours', () => {
    const { from, to } = incident('opportunity-agent-latency-regression');
    const buckets = [...LATENCY_BUCKETS.map(String), '+Inf'].map(le =>
      valuesOf(history, 'http_request_duration_seconds_bucket', {
        service: 'opportunity-agent',
        le,
      }),
    );
    const p95 = (a: number, b: number) =>
      histogramQuantile(
        0.95,
        buckets.map(values => values[b] - values[a]),
      );

    expect(to - from).toBe(120);
    for (let i = from; i < to; i += 5) {
      expect(p95(i, i + 5)).toBeGreaterThanOrEqual(0.45);
      expect(p95(i, i + 5)).toBeLessThanOrEqual(0.6);
    }
    expect(p95(from - 60, from)).toBeLessThan(0.13);
    expect(p95(to, to + 60)).toBeLessThan(0.13);
  });

  it('api-gateway scale-out: 10 replicas for about an hour with CPU above target', () => {
    const { from, to } = incident('api-gateway-scale-out');
    const replicas = valuesOf(
      history,
      'kube_horizontalpodautoscaler_status_current_replicas',
      {
        horizontalpodautoscaler: 'api-gateway',
      },
    );
    const cpu = valuesOf(history, 'container_cpu_usage_seconds_total', {
      container: 'api-gateway',
    });
    const atMax: number[] = [];
    for (let i = from; i <= to + 10; i++) {
      if (replicas[i] === 10) {
        atMax.push(i);
      }
    }
    expect(atMax.length).toBeGreaterThanOrEqual(55);
    expect(atMax.length).toBeLessThanOrEqual(80);
    const utilization =
      (cpu[to - 10] - cpu[from + 10]) /
      (timestamps[to - 10] - timestamps[from + 10]) /
      (10 * 0.5);
    expect(utilization).toBeGreaterThan(0.7);
    expect(Math.max(...replicas.slice(0, from))).toBeLessThan(10);
    expect(replicas[to + 60]).toBeLessThanOrEqual(3);
  });

  it('inventory-backend CPU spike: Railway scales to 5 instances, one at a time, then back to 1', () => {
    const { from, to } = incident('inventory-backend-cpu-spike');
    const instances = valuesOf(history, 'railway_service_replicas', {
      service: 'inventory-backend',
    });
    expect(Math.max(...instances.slice(from, to))).toBe(5);
    expect(instances[to + 60]).toBe(1);
    expect(Math.max(...instances.slice(0, from))).toBe(1);
    const changes = timestamps.flatMap((time, i) =>
      i > 0 && instances[i] !== instances[i - 1]
        ? [{ time, step: instances[i] - instances[i - 1] }]
        : [],
    );
    expect(changes.map(change => Math.abs(change.step))).toEqual(
      changes.map(() => 1),
    );
    // 5 minutes since the last change before going up, 10 before going down
    const waits = changes.slice(1).map((change, c) => ({
      waited: change.time - changes[c].time,
      needed: change.step > 0 ? 300 : 600,
    }));
    expect(waits.filter(w => w.waited < w.needed)).toEqual([]);
  });

  it('only the incidents inside a shorter window are kept', () => {
    const lastDays = generateHistory({
      end: END,
      durationSeconds: 3 * DAY,
      services: ['api-gateway', 'inventory-backend'],
    });
    expect(lastDays.incidents.map(i => i.id)).toEqual([
      'api-gateway-scale-out',
    ]);
  });
});
