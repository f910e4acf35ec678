import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { costPlugin } from './plugin';

const GATEWAY: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    namespace: 'default',
    annotations: {
      'agent-platform.io/cost-tags': 'service=api-gateway',
      'agent-platform.io/monthly-budget': '120',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/agent-platform-db' },
    { type: 'ownedBy', targetRef: 'group:default/platform-team' },
  ],
};
const DB: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'agent-platform-db',
    namespace: 'default',
    annotations: {
      'agent-platform.io/cost-tags': 'resource=agent-platform-db',
    },
  },
  spec: { type: 'database', owner: 'platform-team' },
};

const HEADER =
  'ChargePeriodStart,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory,ResourceId,Tags';
const FILE = [
  HEADER,
  '2026-10-01T00:00:00Z,10.10,USD,AWS,Compute,Usage,i-1,"{""service"":""api-gateway""}"',
  '2026-10-02T00:00:00Z,0.9,USD,AWS,Compute,Usage,i-1,"{""service"":""api-gateway""}"',
  '2026-10-02T00:00:00Z,5,USD,Neon,Databases,Usage,db-1,"{""resource"":""agent-platform-db""}"',
  '2026-10-02T00:00:00Z,-1,USD,AWS,Compute,Credit,,"{""service"":""api-gateway""}"',
  '2026-10-02T00:00:00Z,100,USD,AWS,Support,Usage,,',
].join('\n');

async function backend(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { server } = await startTestBackend({
    features: [
      costPlugin,
      catalogServiceMock.factory({ entities: [GATEWAY, DB] }),
      mockServices.permissions.factory({ result }),
      mockServices.rootConfig.factory({
        data: {
          cost: {
            sources: [
              {
                name: 'billing-exports',
                directory: '/nonexistent',
                schedule: {
                  frequency: { hours: 24 },
                  timeout: { minutes: 1 },
                  initialDelay: { hours: 1 },
                },
              },
            ],
          },
        },
      }),
    ],
  });
  return server;
}

const upload = (
  app: Awaited<ReturnType<typeof backend>>,
  body: string,
  query = 'source=aws',
) =>
  request(app)
    .post(`/api/cost/v1/imports?${query}`)
    .set('Content-Type', 'text/csv')
    .send(body);

describe('cost router', () => {
  it('imports a FOCUS upload and answers the entity’s cost with its database rolled up', async () => {
    const app = await backend();

    const imported = await upload(app, FILE);

    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({
      importId: expect.any(String),
      rowsAccepted: 5,
      rowsRejected: 0,
      errors: [],
    });

    const res = await request(app).get('/api/cost/v1/entity').query({
      entityRef: 'component:default/api-gateway',
      from: '2026-10-01',
      to: '2026-10-31',
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/api-gateway',
      currency: 'USD',
      from: '2026-10-01',
      to: '2026-10-31',
      // 10.10 + 0.9 + 5 − 1; the unallocated 100 is nobody's
      total: '15',
      daily: [
        { date: '2026-10-01', amount: '10.1' },
        { date: '2026-10-02', amount: '4.9' },
      ],
      byProvider: [
        { provider: 'AWS', amount: '10' },
        { provider: 'Neon', amount: '5' },
      ],
      byResource: [
        { resourceId: 'i-1', provider: 'AWS', amount: '11' },
        {
          resourceId: 'db-1',
          entityRef: 'resource:default/agent-platform-db',
          provider: 'Neon',
          amount: '5',
        },
        { resourceId: '', provider: 'AWS', amount: '-1' },
      ],
      // this month has no lines yet
      budget: expect.objectContaining({
        monthly: '120',
        spentMonthToDate: '0',
        status: 'ok',
      }),
    });
  });

  it('answers the organisation’s overview, unallocated spend apart', async () => {
    const app = await backend();
    await upload(app, FILE);

    const res = await request(app)
      .get('/api/cost/v1/overview')
      .query({ from: '2026-10-01', to: '2026-10-31', groupBy: 'service' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        currency: 'USD',
        groupBy: 'service',
        // 10.10 + 0.9 + 5 − 1 + 100
        total: '115',
        unallocated: '100',
        groups: [
          expect.objectContaining({
            key: 'component:default/api-gateway',
            label: 'api-gateway',
            amount: '10',
          }),
          expect.objectContaining({
            key: 'resource:default/agent-platform-db',
            amount: '5',
          }),
        ],
        // September had nothing: both are new
        topMovers: [
          expect.objectContaining({ amount: '10', changeRatio: null }),
          expect.objectContaining({ amount: '5', changeRatio: null }),
        ],
      }),
    );
    const bad = await request(app)
      .get('/api/cost/v1/overview')
      .query({ groupBy: 'region' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain(
      'groupBy must be one of team, service, provider',
    );
  });

  it('answers this month’s costs and budget ratios in the Prometheus text format', async () => {
    const app = await backend();
    const today = new Date().toISOString().slice(0, 10);
    await upload(
      app,
      [
        HEADER,
        `${today}T00:00:00Z,10,USD,AWS,Compute,Usage,i-1,"{""service"":""api-gateway""}"`,
        `${today}T00:00:00Z,5,USD,Neon,Databases,Usage,db-1,"{""resource"":""agent-platform-db""}"`,
        `${today}T00:00:00Z,2.5,USD,AWS,Support,Usage,,`,
      ].join('\n'),
      'source=today',
    );

    const res = await request(app).get('/api/cost/v1/metrics');

    expect(res.status).toBe(200);
    expect(res.type).toBe('text/plain');
    expect(res.headers['content-type']).toContain('version=0.0.4');
    const labels =
      'entity_ref="component:default/api-gateway",kind="component",namespace="default",name="api-gateway",owner="group:default/platform-team",currency="USD"';
    // 10 of its own and all 5 of the database it alone depends on, of 120
    expect(res.text).toContain(`portal_cost_month_to_date{${labels}} 15\n`);
    expect(res.text).toContain(`portal_cost_monthly_budget{${labels}} 120\n`);
    expect(res.text).toContain(`portal_cost_budget_ratio{${labels}} 0.125\n`);
    expect(res.text).toContain(
      'portal_cost_unallocated_month_to_date{currency="USD"} 2.5\n',
    );
    expect(
      (await request(app).get('/api/cost/v1/metrics?format=json')).status,
    ).toBe(400);
    const denied = await request(await backend(AuthorizeResult.DENY)).get(
      '/api/cost/v1/metrics',
    );
    expect(denied.status).toBe(403);
  });

  it('counts a one-time credit once in the budget forecast', async () => {
    const app = await backend();
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const header = `${HEADER},ChargeFrequency`;
    await upload(
      app,
      [
        header,
        `${today}T00:00:00Z,10,USD,AWS,Compute,Usage,i-1,"{""service"":""api-gateway""}",Usage-Based`,
        `${today}T00:00:00Z,-4,USD,AWS,Compute,Credit,,"{""service"":""api-gateway""}",One-Time`,
      ].join('\n'),
      'source=credit',
    );

    const res = await request(app)
      .get('/api/cost/v1/entity')
      .query({ entityRef: 'component:default/api-gateway' });

    // −4 once, and the 10 of usage carried over the month's days
    const day = now.getUTCDate();
    const days = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0),
    ).getUTCDate();
    expect(res.body.budget.spentMonthToDate).toBe('6');
    expect(Number(res.body.budget.forecastMonthEnd)).toBeCloseTo(
      -4 + (10 * days) / day,
      6,
    );
  });

  it('answers 422 with every bad line when the upload is rejected', async () => {
    const app = await backend();

    const res = await upload(
      app,
      `${HEADER}\n2026-10-01T00:00:00Z,ten,USD,AWS,Compute,Usage,i-1,`,
    );

    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      importId: expect.any(String),
      rowsAccepted: 0,
      rowsRejected: 1,
      errors: [{ line: 2, message: expect.stringContaining('ten') }],
    });
  });

  it('refuses bad requests with 400, unknown entities with 404 and a denied import with 403', async () => {
    const app = await backend();
    const get = (query: Record<string, string | string[]>) =>
      request(app).get('/api/cost/v1/entity').query(query);

    const wrongType = await request(app)
      .post('/api/cost/v1/imports?source=aws')
      .set('Content-Type', 'application/json')
      .send('{}');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toBe(
      'The body must be a FOCUS file sent as text/csv',
    );
    expect((await upload(app, FILE, 'source=../etc')).status).toBe(400);
    const scheduled = await upload(app, FILE, 'source=billing-exports');
    expect(scheduled.status).toBe(400);
    expect(scheduled.body.error.message).toBe(
      'source billing-exports is a configured directory source: upload under another name',
    );
    expect((await upload(app, FILE, 'source=aws&partial=yes')).status).toBe(
      400,
    );
    const ref = 'component:default/api-gateway';
    expect((await get({ entityRef: ref, from: '2026-13-01' })).status).toBe(
      400,
    );
    expect(
      (await get({ entityRef: ref, from: '2026-11-02', to: '2026-11-01' })).body
        .error.message,
    ).toBe('from must not be after to');
    expect(
      (await get({ entityRef: ref, from: '2025-01-01', to: '2026-11-01' })).body
        .error.message,
    ).toBe('from and to must be at most 400 days apart');
    expect((await get({ entityRef: [ref, ref] })).status).toBe(400);
    expect((await get({ entityRef: 'component:default/nope' })).status).toBe(
      404,
    );

    const denied = await upload(await backend(AuthorizeResult.DENY), FILE);
    expect(denied.status).toBe(403);
  });
});
