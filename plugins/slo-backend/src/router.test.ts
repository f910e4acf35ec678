import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import { sloPlugin } from './plugin';

const PROMETHEUS = 'http://prometheus.test';

const SPEC = `
apiVersion: openslo/v1
kind: SLO
metadata: { name: availability, displayName: Availability }
spec:
  indicator:
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{service="svc",code!~"5.."}' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{service="svc"}' } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  objectives: [{ target: 0.999 }]
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: typo }
spec:
  indicatorRef: missing
  timeWindow: [{ duration: 30d, isRolling: true }]
  objectives: [{ target: 0.99 }]
`;

describe('slo router', () => {
  const directory = createMockDirectory({
    content: { 'svc/slo.yaml': SPEC },
  });
  const entity = (
    name: string,
    annotations: Record<string, string>,
  ): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'backstage.io/managed-by-location': `file:${directory.resolve(
          'svc/catalog-info.yaml',
        )}`,
        ...annotations,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team' },
  });

  // supertest talks to the backend on 127.0.0.1: let that through, refuse
  // anything else msw has no handler for.
  const server = setupServer();
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (req, print) => {
        if (new URL(req.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  // Prometheus answers by window: 99.95 % good over 30 days, 99.99 % over the
  // burn-rate windows; `down` makes it answer 503 instead.
  let down = false;
  let queries: string[] = [];
  beforeEach(() => {
    down = false;
    queries = [];
    server.use(
      http.post(`${PROMETHEUS}/api/v1/query`, async ({ request: req }) => {
        if (down) return new HttpResponse('unavailable', { status: 503 });
        const query = new URLSearchParams(await req.text()).get('query')!;
        queries.push(query);
        const value = query.includes('[30d]') ? '0.9995' : '0.9999';
        return HttpResponse.json({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: {}, value: [0, value] }],
          },
        });
      }),
    );
  });

  async function start() {
    const { server: app } = await startTestBackend({
      features: [
        sloPlugin,
        mockServices.rootConfig.factory({
          data: {
            slo: {
              prometheus: { baseUrl: PROMETHEUS },
              timeout: { seconds: 2 },
              cacheTtl: { seconds: 0 },
            },
          },
        }),
        catalogServiceMock.factory({
          entities: [
            entity('svc', {
              'agent-platform.io/slo-spec': './slo.yaml',
              'backstage.io/techdocs-ref': 'dir:.',
            }),
            entity('plain', {}),
          ],
        }),
      ],
    });
    return app;
  }

  it('answers health checks without credentials', async () => {
    const app = await start();
    const res = await request(app).get('/api/slo/health');
    expect(res.status).toBe(200);
  });

  it('rejects a missing or malformed entityRef with 400', async () => {
    const app = await start();
    const missing = await request(app).get('/api/slo/v1/slos');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('entityRef is required');

    const malformed = await request(app)
      .get('/api/slo/v1/slos')
      .query({ entityRef: 'component:default/Not A Name' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/is not an entity reference/);
  });

  it('answers 404 for an entity the catalog does not know', async () => {
    const app = await start();
    const res = await request(app)
      .get('/api/slo/v1/slos')
      .query({ entityRef: 'component:default/nope' });
    expect(res.status).toBe(404);
  });

  it("computes the entity's SLOs and reports a broken SLO document", async () => {
    const app = await start();
    const res = await request(app)
      .get('/api/slo/v1/slos')
      .query({ entityRef: 'component:default/svc' });
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/svc');
    expect(res.body.slos).toHaveLength(1);
    const [slo] = res.body.slos;
    // (0.9995 − 0.999) / 0.001 = 0.5 of 0.001 × 43 200 min = 43.2 min
    expect(slo).toMatchObject({
      id: './slo.yaml#availability',
      name: 'Availability',
      source: 'openslo',
      status: 'ok',
      stale: false,
      runbookUrl: '/docs/default/component/svc/runbooks/high-error-rate/',
    });
    expect(slo.sli).toBeCloseTo(0.9995, 10);
    expect(slo.errorBudgetRemaining).toBeCloseTo(0.5, 10);
    expect(slo.errorBudgetRemainingMinutes).toBeCloseTo(21.6, 10);
    expect(slo.errorBudgetTotalMinutes).toBeCloseTo(43.2, 10);
    // 1h burns (1 − 0.9999) / 0.001 = 0.1
    expect(slo.burnRates[0].longBurnRate).toBeCloseTo(0.1, 10);
    expect(queries).toContain(
      '(sum(increase(http_requests_total{service="svc",code!~"5.."}[30d])) or vector(0)) / sum(increase(http_requests_total{service="svc"}[30d]))',
    );
    expect(res.body.errors).toEqual([
      {
        source: 'openslo',
        message:
          './slo.yaml: SLO "typo": indicatorRef "missing" names no SLI in this file',
      },
    ]);
  });

  it('serves the last good answer marked stale when Prometheus fails', async () => {
    const app = await start();
    const query = { entityRef: 'component:default/svc' };
    const fresh = await request(app).get('/api/slo/v1/slos').query(query);
    expect(fresh.body.slos[0].stale).toBe(false);

    down = true;
    const stale = await request(app).get('/api/slo/v1/slos').query(query);
    expect(stale.status).toBe(200);
    expect(stale.body.slos[0]).toMatchObject({ stale: true, status: 'ok' });
    expect(stale.body.slos[0].errorBudgetRemaining).toBeCloseTo(0.5, 10);
    expect(stale.body.slos[0].error).toMatch(
      /Prometheus at http:\/\/prometheus.test failed after 3 attempts/,
    );
  });

  it('returns no SLOs for an entity without an SLO annotation', async () => {
    const app = await start();
    const res = await request(app)
      .get('/api/slo/v1/slos')
      .query({ entityRef: 'component:default/plain' });
    expect(res.body).toEqual({
      entityRef: 'component:default/plain',
      slos: [],
      errors: [],
    });
  });

  it('validates the history range and the SLO id', async () => {
    const app = await start();
    const base = {
      entityRef: 'component:default/svc',
      id: './slo.yaml#availability',
    };
    const bad = await request(app)
      .get('/api/slo/v1/slos/history')
      .query({ ...base, from: '2026-02-30', to: '2026-03-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('from is not a calendar date');

    const reversed = await request(app)
      .get('/api/slo/v1/slos/history')
      .query({ ...base, from: '2026-03-02', to: '2026-03-01' });
    expect(reversed.body.error.message).toBe('from must not be after to');

    const tooLong = await request(app)
      .get('/api/slo/v1/slos/history')
      .query({ ...base, from: '2026-01-01', to: '2026-06-01' });
    expect(tooLong.body.error.message).toBe(
      'to must be at most 92 days after from',
    );

    const unknown = await request(app)
      .get('/api/slo/v1/slos/history')
      .query({ ...base, id: 'nope', from: '2026-03-01', to: '2026-03-02' });
    expect(unknown.status).toBe(404);

    const ok = await request(app)
      .get('/api/slo/v1/slos/history')
      .query({ ...base, from: '2026-03-01', to: '2026-03-02' });
    expect(ok.status).toBe(200);
    expect(ok.body.points).toEqual([
      {
        date: '2026-03-01',
        sli: 0.9995,
        errorBudgetRemaining: expect.closeTo(0.5, 10),
      },
      {
        date: '2026-03-02',
        sli: 0.9995,
        errorBudgetRemaining: expect.closeTo(0.5, 10),
      },
    ]);
  });
});
