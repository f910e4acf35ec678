import { Entity } from '@backstage/catalog-model';
import { PrometheusClient } from '@internal/backend-kit';
import {
  describeWithPrometheus,
  expectedSli as sliOf,
  History,
  incidentsFor,
  startHistoryPrometheus,
} from 'sandbox';
import { OpenSloProvider } from './OpenSloProvider';

/*
 * The provider against the real Prometheus, backfilled with the sandbox's
 * generated history of api-gateway, whose error burst is known. Expected SLIs
 * are computed from the generated counters: with samples every minute on the
 * window's edges, Prometheus' increase() is the plain difference.
 */
const describeIf = describeWithPrometheus('OpenSloProvider on Prometheus');

const END = Date.UTC(2026, 10, 20) / 1000; // history end, unix seconds
const HOUR = 3600;
const DAY = 24 * HOUR;

const SPEC = `
apiVersion: openslo/v1
kind: SLO
metadata: { name: availability }
spec:
  indicator:
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec: { query: 'http_requests_total{service="api-gateway",route="/v1/invoke",code!~"5.."}' }
        total:
          metricSource:
            type: Prometheus
            spec: { query: 'http_requests_total{service="api-gateway",route="/v1/invoke"}' }
  timeWindow: [{ duration: 1d, isRolling: true }]
  objectives: [{ target: 0.995 }]
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: quiet }
spec:
  indicator:
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{service="nobody",code="200"}' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{service="nobody"}' } } }
  timeWindow: [{ duration: 1d, isRolling: true }]
  objectives: [{ target: 0.99 }]
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: broken }
spec:
  indicator:
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[{{.window}}]' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total' } } }
  timeWindow: [{ duration: 1d, isRolling: true }]
  objectives: [{ target: 0.99 }]
`;

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: { 'agent-platform.io/slo-spec': './slo.yaml' },
  },
  spec: {},
};

/** Good / total of api-gateway's /v1/invoke from the generated counters. */
function expectedSli(history: History, from: number, to: number): number {
  return sliOf(
    history,
    from,
    to,
    labels => labels.service === 'api-gateway' && labels.route === '/v1/invoke',
  );
}

describeIf('OpenSloProvider on Prometheus', () => {
  let sandbox: Awaited<ReturnType<typeof startHistoryPrometheus>>;
  let history: History;
  let provider: OpenSloProvider;

  beforeAll(async () => {
    sandbox = await startHistoryPrometheus({
      end: END,
      days: 5,
      services: ['api-gateway'],
    });
    history = sandbox.history;
    provider = new OpenSloProvider(
      new PrometheusClient({
        baseUrl: sandbox.prometheus.url,
        timeoutMs: 10_000,
      }),
      async () => ({ file: './slo.yaml', text: SPEC }),
    );
  }, 120_000);

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('measures the SLI and burn rates through the error burst', async () => {
    const burst = incidentsFor(END).find(
      i => i.service === 'api-gateway' && i.effect.kind === 'error-burst',
    );
    expect(burst).toBeDefined();
    const now = (burst!.start + 30 * 60) * 1000; // 30 minutes into the burst

    const { slos, problems } = await provider.list(entity, now);
    expect(problems).toEqual([]);
    const availability = slos.find(s => s.name === 'availability')!;

    const t = now / 1000;
    const sli = expectedSli(history, t - DAY, t);
    expect(availability.sli).toBeCloseTo(sli, 9);
    // budget left = (SLI − 0.995) / 0.005
    expect(availability.errorBudgetRemaining).toBeCloseTo(
      (sli - 0.995) / 0.005,
      6,
    );

    const burn = (window: number) =>
      (1 - expectedSli(history, t - window, t)) / 0.005;
    const page = availability.burnRates[0];
    expect(page.longBurnRate).toBeCloseTo(burn(HOUR), 6);
    expect(page.shortBurnRate).toBeCloseTo(burn(5 * 60), 6);
    // 1-day window: a page fires above 0.02 × 1440 / 60 = 0.48
    expect(page.threshold).toBeCloseTo(0.48, 9);
    expect(page.firing).toBe(burn(HOUR) > 0.48 && burn(5 * 60) > 0.48);
    expect(page.firing).toBe(true); // 8–15 % errors burn far faster than that
    expect(availability.status).toBe('breaching');
  });

  it('reports no data without traffic and a query error on its SLO only', async () => {
    const { slos } = await provider.list(entity, (END - HOUR) * 1000);
    const quiet = slos.find(s => s.name === 'quiet')!;
    expect(quiet).toMatchObject({ sli: null, status: 'no-data' });
    expect(quiet.error).toBeUndefined();

    const broken = slos.find(s => s.name === 'broken')!;
    expect(broken.status).toBe('no-data');
    expect(broken.error).toMatch(/Prometheus rejected/);

    expect(slos.find(s => s.name === 'availability')!.sli).not.toBeNull();
  });

  it('gives each day of the history the SLI of the day ending then', async () => {
    const from = (END - 3 * DAY) * 1000;
    const points = await provider.history(entity, './slo.yaml#availability', {
      from,
      to: from + DAY * 1000,
      now: END * 1000,
    });
    expect(points?.map(p => p.date)).toEqual(['2026-11-17', '2026-11-18']);
    points!.forEach((point, i) => {
      const dayEnd = END - 3 * DAY + (i + 1) * DAY;
      const sli = expectedSli(history, dayEnd - DAY, dayEnd);
      expect(point.sli).toBeCloseTo(sli, 9);
      expect(point.errorBudgetRemaining).toBeCloseTo((sli - 0.995) / 0.005, 6);
    });
  });
});
