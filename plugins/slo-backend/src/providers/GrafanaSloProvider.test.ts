import { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GrafanaSloClient } from './GrafanaSloClient';
import { GrafanaSloProvider } from './GrafanaSloProvider';
import { grafanaDatasourceProxy } from './grafanaDatasourceProxy';

const GRAFANA = 'https://grafana.test';
const LIST = `${GRAFANA}/api/plugins/grafana-slo-app/resources/v1/slo`;
const TOKEN = 'glsa_providerToken_7b1d';
const NOW = Date.UTC(2026, 10, 20, 12); // 2026-11-20T12:00:00Z

const server = setupServer();
registerMswTestHooks(server);

function slo(
  uuid: string,
  name: string,
  labels: Record<string, string>,
  more: Record<string, unknown> = {},
) {
  return {
    uuid,
    name,
    description: `${name}, as Grafana has it`,
    query: {
      type: 'ratio',
      ratio: {
        successMetric: {
          prometheusMetric: `http_requests_total{service="${labels.service}",code!~"5.."}`,
        },
        totalMetric: {
          prometheusMetric: `http_requests_total{service="${labels.service}"}`,
        },
        groupByLabels: [],
      },
    },
    objectives: [{ value: 0.995, window: '28d' }],
    labels: Object.entries(labels).map(([key, value]) => ({ key, value })),
    alerting: { fastBurn: {}, slowBurn: {} },
    destinationDatasource: { uid: 'grafanacloud-prom' },
    drillDownDashboardRef: { uid: `${uuid}-dash` },
    readOnly: { status: { type: 'created' } },
    ...more,
  };
}

const SLOS = [
  slo('gw-avail', 'api-gateway availability', {
    service: 'api-gateway',
    team: 'platform-team',
  }),
  slo(
    'gw-latency',
    'api-gateway fast answers',
    { service: 'api-gateway' },
    {
      query: {
        type: 'ratio',
        ratio: {
          successMetric: {
            prometheusMetric:
              'http_request_duration_seconds_bucket{service="api-gateway",le="0.4"}',
          },
          totalMetric: {
            prometheusMetric:
              'http_request_duration_seconds_count{service="api-gateway"}',
          },
        },
      },
      objectives: [{ value: 0.99, window: '7d' }],
      drillDownDashboardRef: undefined,
    },
  ),
  slo('orch-avail', 'orchestrator availability', {
    service: 'orchestrator',
    team: 'platform-team',
  }),
  slo('gw2-avail', 'api-gateway-v2 availability', {
    service: 'api-gateway-v2',
    team: 'platform-team',
  }),
];

interface Query {
  endpoint: string;
  authorization: string | null;
  form: Record<string, string>;
}

/**
 * Grafana: the SLO list, and Prometheus behind the data source proxy of any
 * data source, answering each PromQL text from `vectors` (the SLI values of
 * one series each; missing = empty vector) or `matrices`, or rejecting it
 * when it is in `rejected`.
 */
function grafana(options: {
  slos?: unknown[];
  vectors?: Record<string, string[]>;
  matrices?: Record<string, Array<[number, string]>>;
  rejected?: string[];
}) {
  const seen = { lists: 0, queries: [] as Query[] };
  server.use(
    http.get(LIST, () => {
      seen.lists++;
      return HttpResponse.json({ slos: options.slos ?? SLOS });
    }),
    http.post(
      `${GRAFANA}/api/datasources/proxy/uid/:uid/api/v1/:endpoint`,
      async ({ request }) => {
        const form = Object.fromEntries(
          new URLSearchParams(await request.text()),
        );
        seen.queries.push({
          endpoint: request.url.slice(GRAFANA.length),
          authorization: request.headers.get('authorization'),
          form,
        });
        if (options.rejected?.includes(form.query)) {
          return HttpResponse.json(
            { status: 'error', errorType: 'bad_data', error: 'parse error' },
            { status: 400 },
          );
        }
        if (request.url.endsWith('/query_range')) {
          const values = options.matrices?.[form.query];
          return HttpResponse.json({
            status: 'success',
            data: {
              resultType: 'matrix',
              result: values ? [{ metric: {}, values }] : [],
            },
          });
        }
        return HttpResponse.json({
          status: 'success',
          data: {
            resultType: 'vector',
            result: (options.vectors?.[form.query] ?? []).map((v, i) => ({
              metric: { group: String(i) },
              value: [Number(form.time), v],
            })),
          },
        });
      },
    ),
  );
  return seen;
}

function provider(options: { datasourceUid?: string } = {}) {
  return new GrafanaSloProvider({
    grafana: new GrafanaSloClient({
      baseUrl: GRAFANA,
      token: TOKEN,
      timeoutMs: 1_000,
      backoffMs: 1,
    }),
    prometheusFor: grafanaDatasourceProxy({
      grafanaBaseUrl: GRAFANA,
      token: TOKEN,
      timeoutMs: 1_000,
      datasourceUid: options.datasourceUid,
    }),
  });
}

function entity(selector?: string, name = 'api-gateway'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        ...(selector === undefined
          ? {}
          : { 'grafana.com/slo-selector': selector }),
      },
    },
    spec: {},
  };
}

const sli = (window: string, uuid: string) =>
  `grafana_slo_sli_${window}{grafana_slo_uuid="${uuid}"}`;

describe('GrafanaSloProvider', () => {
  it('applies to entities with a selector', () => {
    expect(provider().appliesTo(entity('service=api-gateway'))).toBe(true);
    expect(provider().appliesTo(entity())).toBe(false);
  });

  it('lists the SLOs whose labels hold every pair of the selector', async () => {
    grafana({});

    const ids = async (selector: string) =>
      (await provider().list(entity(selector), NOW)).slos.map(s => s.id);

    expect(await ids('service=api-gateway')).toEqual([
      'gw-avail',
      'gw-latency',
    ]);
    expect(await ids('service=api-gateway,team=platform-team')).toEqual([
      'gw-avail',
    ]);
    expect(await ids('team=platform-team')).toEqual([
      'gw-avail',
      'orch-avail',
      'gw2-avail',
    ]);
    expect(await ids('service=api-gateway,team=web-team')).toEqual([]);
  });

  it('queries the recording rules through the data source proxy and computes the budget', async () => {
    const seen = grafana({
      vectors: {
        [sli('window', 'gw-avail')]: ['0.997'],
        [sli('5m', 'gw-avail')]: ['0.98'],
        [sli('1h', 'gw-avail')]: ['0.99'],
        [sli('30m', 'gw-avail')]: ['0.999'],
        [sli('6h', 'gw-avail')]: ['0.999'],
        [sli('2h', 'gw-avail')]: ['0.999'],
        [sli('1d', 'gw-avail')]: ['0.999'],
        [sli('3d', 'gw-avail')]: ['0.999'],
      },
    });

    const { slos, problems } = await provider().list(
      entity('service=api-gateway,team=platform-team'),
      NOW,
    );

    expect(problems).toEqual([]);
    // One instant query per window, at now, through the proxy of the SLO's data source.
    expect(
      seen.queries.map(q => q.form.query).sort((a, b) => a.localeCompare(b)),
    ).toEqual([
      'grafana_slo_sli_1d{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_1h{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_2h{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_30m{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_3d{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_5m{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_6h{grafana_slo_uuid="gw-avail"}',
      'grafana_slo_sli_window{grafana_slo_uuid="gw-avail"}',
    ]);
    for (const query of seen.queries) {
      expect(query.endpoint).toBe(
        '/api/datasources/proxy/uid/grafanacloud-prom/api/v1/query',
      );
      expect(query.authorization).toBe(`Bearer ${TOKEN}`);
      expect(query.form.time).toBe('1795176000');
    }

    expect(slos).toHaveLength(1);
    const [availability] = slos;
    expect(availability).toMatchObject({
      id: 'gw-avail',
      name: 'api-gateway availability',
      description: 'api-gateway availability, as Grafana has it',
      source: 'grafana',
      indicator: 'availability',
      objective: 0.995,
      window: { type: 'rolling', duration: '28d' },
      sli: 0.997,
      status: 'ok',
      dashboardUrl: `${GRAFANA}/d/gw-avail-dash`,
      runbookUrl:
        '/docs/default/component/api-gateway/runbooks/high-error-rate/',
      updatedAt: '2026-11-20T12:00:00.000Z',
      stale: false,
    });
    expect(availability.error).toBeUndefined();
    // (0.997 − 0.995) / 0.005 = 0.4 of a budget of 0.005 × 28 × 1440 = 201.6 min
    expect(availability.errorBudgetRemaining).toBeCloseTo(0.4, 9);
    expect(availability.errorBudgetTotalMinutes).toBeCloseTo(201.6, 9);
    expect(availability.errorBudgetRemainingMinutes).toBeCloseTo(80.64, 9);
    // 1h: (1 − 0.99) / 0.005 = 2, 5m: (1 − 0.98) / 0.005 = 4; a page over
    // 28 days fires above 0.02 × 40320 / 60 = 13.44
    const page = availability.burnRates[0];
    expect(page).toMatchObject({
      severity: 'page',
      longWindow: '1h',
      shortWindow: '5m',
      firing: false,
    });
    expect(page.threshold).toBeCloseTo(13.44, 9);
    expect(page.longBurnRate).toBeCloseTo(2, 9);
    expect(page.shortBurnRate).toBeCloseTo(4, 9);
    // 3d and 6h: (1 − 0.999) / 0.005 = 0.2
    expect(availability.burnRates[3].longBurnRate).toBeCloseTo(0.2, 9);
  });

  it('pages when the short and the long window both burn too fast', async () => {
    grafana({
      vectors: {
        [sli('window', 'gw-avail')]: ['0.996'],
        [sli('1h', 'gw-avail')]: ['0.9'], // burn 20 > 13.44
        [sli('5m', 'gw-avail')]: ['0.85'], // burn 30
      },
    });

    const { slos } = await provider().list(
      entity('service=api-gateway,team=platform-team'),
      NOW,
    );

    expect(slos[0].burnRates[0].firing).toBe(true);
    expect(slos[0].status).toBe('breaching');
    // (0.996 − 0.995) / 0.005 = 0.2 left
    expect(slos[0].errorBudgetRemaining).toBeCloseTo(0.2, 9);
  });

  it('reads NaN and an empty answer as no data, and infers latency from the query', async () => {
    grafana({
      vectors: {
        [sli('window', 'gw-avail')]: ['0.997'],
        [sli('window', 'gw-latency')]: ['NaN'],
        [sli('1h', 'gw-latency')]: ['NaN'],
      },
    });

    const { slos } = await provider().list(entity('service=api-gateway'), NOW);

    const latency = slos.find(s => s.id === 'gw-latency')!;
    expect(latency).toMatchObject({
      indicator: 'latency',
      objective: 0.99,
      window: { type: 'rolling', duration: '7d' },
      sli: null,
      errorBudgetRemaining: null,
      errorBudgetRemainingMinutes: null,
      status: 'no-data',
      runbookUrl: '/docs/default/component/api-gateway/runbooks/high-latency/',
    });
    // 0.01 × 7 × 1440
    expect(latency.errorBudgetTotalMinutes).toBeCloseTo(100.8, 9);
    expect(latency.dashboardUrl).toBeUndefined();
    expect(latency.error).toBeUndefined();
    expect(latency.burnRates.every(b => b.longBurnRate === null)).toBe(true);
    expect(slos.find(s => s.id === 'gw-avail')!.sli).toBe(0.997);
  });

  it('takes the worst group of an SLO grouped by labels', async () => {
    grafana({
      vectors: { [sli('window', 'gw-avail')]: ['0.999', '0.993', 'NaN'] },
    });

    const { slos } = await provider().list(
      entity('service=api-gateway,team=platform-team'),
      NOW,
    );

    expect(slos[0].sli).toBe(0.993);
    expect(slos[0].errorBudgetRemaining).toBeCloseTo(-0.4, 9);
    expect(slos[0].status).toBe('breaching');
  });

  it('marks only the SLO whose query is rejected', async () => {
    grafana({
      vectors: { [sli('window', 'gw-avail')]: ['0.997'] },
      rejected: [sli('30m', 'gw-latency')],
    });

    const { slos } = await provider().list(entity('service=api-gateway'), NOW);

    const latency = slos.find(s => s.id === 'gw-latency')!;
    expect(latency.status).toBe('no-data');
    expect(latency.error).toBe(
      'Prometheus rejected "grafana_slo_sli_30m{grafana_slo_uuid="gw-latency"}": parse error',
    );
    const availability = slos.find(s => s.id === 'gw-avail')!;
    expect(availability.sli).toBe(0.997);
    expect(availability.error).toBeUndefined();
  });

  it('lists an SLO that names no data source unevaluated, or reads it from the configured one', async () => {
    const seen = grafana({
      slos: [
        slo(
          'gw-avail',
          'api-gateway availability',
          { service: 'api-gateway' },
          { destinationDatasource: undefined },
        ),
      ],
      vectors: { [sli('window', 'gw-avail')]: ['0.997'] },
    });

    const [unread] = (await provider().list(entity('service=api-gateway'), NOW))
      .slos;
    expect(unread).toMatchObject({ sli: null, status: 'no-data' });
    expect(unread.error).toBe(
      'the SLO names no destinationDatasource; set slo.grafana.datasourceUid',
    );
    expect(seen.queries).toEqual([]);

    const [read] = (
      await provider({ datasourceUid: 'mimir' }).list(
        entity('service=api-gateway'),
        NOW,
      )
    ).slos;
    expect(read.sli).toBe(0.997);
    expect(seen.queries[0].endpoint).toBe(
      '/api/datasources/proxy/uid/mimir/api/v1/query',
    );
  });

  it('reports an SLO whose objective it cannot read, and lists the others', async () => {
    grafana({
      slos: [
        SLOS[0],
        slo(
          'gw-pct',
          'in percent',
          { service: 'api-gateway' },
          { objectives: [{ value: 99.5, window: '28d' }] },
        ),
        slo(
          'gw-month',
          'calendar',
          { service: 'api-gateway' },
          { objectives: [{ value: 0.99, window: '1M' }] },
        ),
      ],
    });

    const { slos, problems } = await provider().list(
      entity('service=api-gateway'),
      NOW,
    );

    expect(slos.map(s => s.id)).toEqual(['gw-avail']);
    expect(problems).toEqual([
      'Grafana SLO "in percent" (gw-pct): objectives[0].value must be a ratio between 0 and 1, got 99.5',
      'Grafana SLO "calendar" (gw-month): "1M" is not a duration such as 5m, 1h, 28d or 4w',
    ]);
  });

  it('throws on a malformed selector, naming it, without asking Grafana', async () => {
    const seen = grafana({});

    await expect(
      provider().list(entity('service=api-gateway;team=x'), NOW),
    ).rejects.toThrow(
      'grafana.com/slo-selector "service=api-gateway;team=x" is not key=value[,key=value]: "service=api-gateway;team=x" needs exactly one =',
    );
    expect(seen.lists).toBe(0);
  });

  it('throws when Grafana fails, so that the last good answer is served', async () => {
    server.use(http.get(LIST, () => new HttpResponse('busy', { status: 503 })));

    await expect(
      provider().list(entity('service=api-gateway'), NOW),
    ).rejects.toThrow(`Grafana at ${GRAFANA} failed after 3 attempts`);
  });

  it('asks Grafana once for entities listed at the same time', async () => {
    const seen = grafana({});

    const shared = provider();
    const [gateway, orchestrator] = await Promise.all([
      shared.list(entity('service=api-gateway'), NOW),
      shared.list(entity('service=orchestrator', 'orchestrator'), NOW),
    ]);

    expect(seen.lists).toBe(1);
    expect(gateway.slos.map(s => s.id)).toEqual(['gw-avail', 'gw-latency']);
    expect(orchestrator.slos.map(s => s.id)).toEqual(['orch-avail']);

    await shared.list(entity('service=api-gateway'), NOW);
    expect(seen.lists).toBe(2); // not kept once answered
  });

  describe('history', () => {
    const from = Date.UTC(2026, 10, 17);
    const to = Date.UTC(2026, 10, 20);

    it('reads each finished day at its end with one range query, and today at now', async () => {
      const seen = grafana({
        matrices: {
          [sli('window', 'gw-avail')]: [
            [Date.UTC(2026, 10, 18) / 1000, '0.998'],
            // 2026-11-19 00:00: missing (no data)
            [Date.UTC(2026, 10, 20) / 1000, 'NaN'],
          ],
        },
        vectors: { [sli('window', 'gw-avail')]: ['0.9935'] },
      });

      const points = await provider().history(
        entity('service=api-gateway'),
        'gw-avail',
        { from, to, now: NOW },
      );

      expect(seen.queries.map(q => [q.endpoint, q.form])).toEqual([
        [
          '/api/datasources/proxy/uid/grafanacloud-prom/api/v1/query_range',
          {
            query: 'grafana_slo_sli_window{grafana_slo_uuid="gw-avail"}',
            start: String(Date.UTC(2026, 10, 18) / 1000),
            end: String(Date.UTC(2026, 10, 20) / 1000),
            step: '86400',
          },
        ],
        [
          '/api/datasources/proxy/uid/grafanacloud-prom/api/v1/query',
          {
            query: 'grafana_slo_sli_window{grafana_slo_uuid="gw-avail"}',
            time: String(NOW / 1000),
          },
        ],
      ]);
      expect(points).toHaveLength(4);
      expect(points!.map(p => [p.date, p.sli])).toEqual([
        ['2026-11-17', 0.998],
        ['2026-11-18', null],
        ['2026-11-19', null],
        ['2026-11-20', 0.9935],
      ]);
      // (0.998 − 0.995) / 0.005 = 0.6; (0.9935 − 0.995) / 0.005 = −0.3
      expect(points![0].errorBudgetRemaining).toBeCloseTo(0.6, 9);
      expect(points![1].errorBudgetRemaining).toBeNull();
      expect(points![3].errorBudgetRemaining).toBeCloseTo(-0.3, 9);
    });

    it('needs no instant query when every day is over', async () => {
      const seen = grafana({
        matrices: {
          [sli('window', 'gw-avail')]: [
            [Date.UTC(2026, 10, 18) / 1000, '0.999'],
          ],
        },
      });

      const points = await provider().history(
        entity('service=api-gateway'),
        'gw-avail',
        { from, to: from, now: NOW },
      );

      expect(seen.queries.map(q => q.endpoint)).toEqual([
        '/api/datasources/proxy/uid/grafanacloud-prom/api/v1/query_range',
      ]);
      expect(points).toHaveLength(1);
      expect(points![0].sli).toBe(0.999);
      expect(points![0].errorBudgetRemaining).toBeCloseTo(0.8, 9);
    });

    it("is undefined for an SLO that is not one of the entity's", async () => {
      const seen = grafana({});
      const history = (selector: string, id: string) =>
        provider().history(entity(selector), id, { from, to, now: NOW });

      await expect(
        history('service=api-gateway', 'orch-avail'),
      ).resolves.toBeUndefined();
      await expect(
        history('service=api-gateway', './slo.yaml#availability'),
      ).resolves.toBeUndefined();
      await expect(
        history('service=api-gateway;', 'gw-avail'),
      ).resolves.toBeUndefined();
      expect(seen.queries).toEqual([]);
    });
  });
});
