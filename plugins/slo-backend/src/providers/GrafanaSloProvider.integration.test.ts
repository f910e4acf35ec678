import { Entity } from '@backstage/catalog-model';
import {
  describeWithPrometheus,
  expectedSli as sliOf,
  History,
  incidentsFor,
  RunningGrafanaSlo,
  sandboxGrafanaSlos,
  startGrafanaSlo,
  startHistoryPrometheus,
} from 'sandbox';
import { GrafanaSloClient } from './GrafanaSloClient';
import { GrafanaSloProvider } from './GrafanaSloProvider';
import { grafanaDatasourceProxy } from './grafanaDatasourceProxy';

/*
 * The whole Grafana path as the sandbox serves it: the provider lists the
 * SLOs from the sandbox's Grafana SLO stand-in and reads the SLI series
 * through its data source proxy, which computes them on a real Prometheus
 * backfilled with the generated history of api-gateway. Expected SLIs are
 * computed from the generated counters (samples every minute: increase() is
 * the plain difference).
 */
const describeIf = describeWithPrometheus(
  'GrafanaSloProvider on the sandbox Grafana stand-in',
);

const END = Date.UTC(2026, 10, 20) / 1000; // history end, unix seconds
const HOUR = 3600;
const DAY = 24 * HOUR;
const TOKEN = 'sandbox-token';

// The sandbox's SLOs with a 1-day window, which the 5 days of history fill.
const SLOS = sandboxGrafanaSlos(['api-gateway', 'orchestrator']).map(slo => ({
  ...slo,
  objectives: [{ value: 0.995, window: '1d' }],
}));

function entity(selector: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'api-gateway',
      annotations: { 'grafana.com/slo-selector': selector },
    },
    spec: {},
  };
}

/** Good / total of all api-gateway requests from the generated counters. */
function expectedSli(history: History, from: number, to: number): number {
  return sliOf(history, from, to, labels => labels.service === 'api-gateway');
}

describeIf('GrafanaSloProvider on the sandbox Grafana stand-in', () => {
  let sandbox: Awaited<ReturnType<typeof startHistoryPrometheus>>;
  let grafana: RunningGrafanaSlo;
  let history: History;
  let provider: GrafanaSloProvider;

  beforeAll(async () => {
    sandbox = await startHistoryPrometheus({
      end: END,
      days: 5,
      services: ['api-gateway'],
    });
    history = sandbox.history;
    grafana = await startGrafanaSlo({
      port: 0,
      prometheusUrl: sandbox.prometheus.url,
      slos: SLOS,
    });
    provider = new GrafanaSloProvider({
      grafana: new GrafanaSloClient({
        baseUrl: grafana.url,
        token: TOKEN,
        timeoutMs: 10_000,
      }),
      prometheusFor: grafanaDatasourceProxy({
        grafanaBaseUrl: grafana.url,
        token: TOKEN,
        timeoutMs: 10_000,
      }),
    });
  }, 120_000);

  afterAll(async () => {
    await grafana?.stop();
    await sandbox?.stop();
  });

  it('measures the SLI and burn rates through the error burst', async () => {
    const burst = incidentsFor(END).find(
      i => i.service === 'api-gateway' && i.effect.kind === 'error-burst',
    );
    expect(burst).toBeDefined();
    const now = (burst!.start + 30 * 60) * 1000; // 30 minutes into the burst

    const { slos, problems } = await provider.list(
      entity('service=api-gateway,team=platform-team'),
      now,
    );

    expect(problems).toEqual([]);
    expect(slos.map(s => s.name)).toEqual(['api-gateway availability']);
    const [availability] = slos;
    expect(availability).toMatchObject({
      id: SLOS[0].uuid,
      source: 'grafana',
      indicator: 'availability',
      dashboardUrl: `${grafana.url}/d/api-gateway-slo`,
    });
    expect(availability.error).toBeUndefined();

    const t = now / 1000;
    const sli = expectedSli(history, t - DAY, t);
    expect(availability.sli).toBeCloseTo(sli, 9);
    expect(availability.errorBudgetRemaining).toBeCloseTo(
      (sli - 0.995) / 0.005,
      6,
    );
    const burn = (window: number) =>
      (1 - expectedSli(history, t - window, t)) / 0.005;
    const [page1h, page6h] = availability.burnRates;
    expect(page1h.longBurnRate).toBeCloseTo(burn(HOUR), 6);
    expect(page1h.shortBurnRate).toBeCloseTo(burn(5 * 60), 6);
    expect(page6h.longBurnRate).toBeCloseTo(burn(6 * HOUR), 6);
    expect(page6h.shortBurnRate).toBeCloseTo(burn(30 * 60), 6);
    // 8–15 % errors burn far faster than the 1-day page threshold of 0.48
    expect(page1h.firing).toBe(true);
    expect(availability.status).toBe('breaching');
  });

  it('reports no data for a service without traffic', async () => {
    const { slos } = await provider.list(
      entity('service=orchestrator'),
      (END - HOUR) * 1000,
    );

    expect(slos).toHaveLength(1);
    expect(slos[0]).toMatchObject({ sli: null, status: 'no-data' });
    expect(slos[0].error).toBeUndefined();
  });

  it('gives each day of the history the SLI of the day ending then', async () => {
    const from = (END - 3 * DAY) * 1000;
    const now = (END - 12 * HOUR) * 1000; // noon of the last day

    const points = await provider.history(
      entity('service=api-gateway'),
      SLOS[0].uuid,
      { from, to: from + 2 * DAY * 1000, now },
    );

    expect(points?.map(p => p.date)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
    const ends = [END - 2 * DAY, END - DAY, now / 1000];
    points!.forEach((point, i) => {
      const sli = expectedSli(history, ends[i] - DAY, ends[i]);
      expect(point.sli).toBeCloseTo(sli, 9);
      expect(point.errorBudgetRemaining).toBeCloseTo((sli - 0.995) / 0.005, 6);
    });
  });
});
