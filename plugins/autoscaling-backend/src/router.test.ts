import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import {
  apiGatewayHpa,
  eventList,
  hpaEvent,
  hpaList,
} from './__testUtils__/kubernetesFixtures';
import {
  API_GATEWAY,
  INVENTORY_BACKEND,
  serviceEntity,
} from './__testUtils__/entities';
import { autoscalingPlugin } from './plugin';

const PROD = 'https://prod.k8s.test';
const EDGE = 'https://edge.k8s.test';
const PROMETHEUS = 'https://prometheus.test';
const TOKEN = 'k8s-router-token-93e1';

const ENTITIES = [
  API_GATEWAY,
  INVENTORY_BACKEND,
  serviceEntity('broken-policy', {
    'agent-platform.io/autoscaling-policy': 'cpu=80,min=1,max=5,burst=3',
  }),
  serviceEntity('website', {}),
];

describe('autoscaling router', () => {
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

  let edgeDown = false;
  let prodDown = false;
  beforeEach(() => {
    edgeDown = false;
    prodDown = false;
    server.use(
      http.get(`${PROD}/apis/*`, () =>
        prodDown
          ? new HttpResponse('no', { status: 401 })
          : HttpResponse.json(hpaList(apiGatewayHpa())),
      ),
      http.get(`${PROD}/api/v1/namespaces/agents/events`, () =>
        HttpResponse.json(
          eventList(
            hpaEvent(
              'api-gateway',
              'SuccessfulRescale',
              'New size: 4; reason: cpu resource utilization (percentage of request) above target',
              '2026-11-20T11:58:00Z',
            ),
            hpaEvent(
              'api-gateway',
              'SuccessfulRescale',
              'New size: 2; reason: All metrics below target',
              '2026-11-19T08:00:00Z',
            ),
          ),
        ),
      ),
      http.get(`${EDGE}/apis/*`, () =>
        edgeDown
          ? new HttpResponse('no', { status: 403 })
          : HttpResponse.json(hpaList()),
      ),
      http.post(`${PROMETHEUS}/api/v1/:endpoint`, async ({ request: req }) => {
        const form = new URLSearchParams(await req.text());
        const query = form.get('query')!;
        if (req.url.endsWith('query_range')) {
          const start = Number(form.get('start'));
          const step = Number(form.get('step'));
          const points = (...values: string[]) =>
            values.map((v, i) => [start + i * step, v]);
          let result: unknown[] = [];
          if (query.startsWith('kube_horizontalpodautoscaler_status_current')) {
            result = [{ metric: {}, values: points('4', '6', '10') }];
          } else if (query.includes('status_target_metric')) {
            result = [
              {
                metric: { metric_name: 'cpu' },
                values: points('80', '96', 'NaN'),
              },
              { metric: { metric_name: 'memory' }, values: points('50') },
            ];
          }
          return HttpResponse.json({
            status: 'success',
            data: { resultType: 'matrix', result },
          });
        }
        let value = '2';
        if (query.includes('cpu')) value = '93';
        else if (query.includes('memory')) value = '40';
        else if (query.includes('histogram_quantile')) value = 'NaN';
        return HttpResponse.json({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: {}, value: [1763640000, value] }],
          },
        });
      }),
    );
  });

  async function backend() {
    const { server: app } = await startTestBackend({
      features: [
        autoscalingPlugin,
        catalogServiceMock.factory({ entities: ENTITIES }),
        mockServices.rootConfig.factory({
          data: {
            autoscaling: {
              cacheTtl: { seconds: 0 },
              kubernetes: {
                clusters: [
                  { name: 'eks-prod', url: PROD, token: TOKEN },
                  { name: 'eks-edge', url: EDGE, token: TOKEN },
                ],
              },
              prometheus: { baseUrl: PROMETHEUS },
            },
          },
        }),
      ],
    });
    return app;
  }

  it('answers the HPAs of every cluster and says where it looked', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/workloads')
      .query({ entityRef: 'component:default/api-gateway' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/api-gateway',
      stale: false,
      errors: [],
      lookedFor: [
        'HPAs labelled backstage.io/kubernetes-id=api-gateway in namespace agents of cluster eks-prod',
        'HPAs labelled backstage.io/kubernetes-id=api-gateway in namespace agents of cluster eks-edge',
      ],
    });
    expect(res.body.workloads).toHaveLength(1);
    expect(res.body.workloads[0]).toMatchObject({
      name: 'api-gateway',
      cluster: 'eks-prod',
      currentReplicas: 4,
      maxReplicas: 10,
    });
  });

  it('answers the other clusters when one fails, naming it without the token', async () => {
    edgeDown = true;
    const res = await request(await backend())
      .get('/api/autoscaling/v1/workloads')
      .query({ entityRef: 'component:default/api-gateway' });
    expect(res.status).toBe(200);
    expect(res.body.workloads.map((w: any) => w.cluster)).toEqual(['eks-prod']);
    expect(res.body.stale).toBe(false);
    expect(res.body.errors).toEqual([
      {
        source: 'cluster eks-edge',
        message: expect.stringMatching(
          /^Kubernetes cluster eks-edge refused the token \(403/,
        ),
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(TOKEN);
  });

  it('serves the last good HPAs of a failing cluster as stale', async () => {
    const app = await backend();
    const query = { entityRef: 'component:default/api-gateway' };
    await request(app).get('/api/autoscaling/v1/workloads').query(query);
    prodDown = true;
    const res = await request(app)
      .get('/api/autoscaling/v1/workloads')
      .query(query);
    expect(res.body.stale).toBe(true);
    expect(res.body.workloads.map((w: any) => w.cluster)).toEqual(['eks-prod']);
    expect(res.body.errors.map((e: any) => e.source)).toEqual([
      'cluster eks-prod',
    ]);
  });

  it('answers a policy workload from Prometheus with a recommendation', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/workloads')
      .query({ entityRef: 'component:default/inventory-backend' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.lookedFor).toEqual([
      'instances of inventory-backend in Prometheus (railway_service_replicas{service="inventory-backend"})',
    ]);
    expect(res.body.workloads).toEqual([
      expect.objectContaining({
        name: 'inventory-backend',
        source: 'policy',
        currentReplicas: 2,
        desiredReplicas: 3,
        recommendation: {
          action: 'scale-up',
          replicas: 3,
          reason: 'cpu 93 % is over 80 %',
        },
      }),
    ]);
  });

  it('names the key of a malformed policy', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/workloads')
      .query({ entityRef: 'component:default/broken-policy' });
    expect(res.status).toBe(200);
    expect(res.body.workloads).toEqual([]);
    expect(res.body.errors).toEqual([
      {
        source: 'annotation',
        message: expect.stringContaining('unknown key "burst"'),
      },
    ]);
  });

  it('lists the rescale events between from and to, newest first', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/events')
      .query({
        entityRef: 'component:default/api-gateway',
        from: '2026-11-20T00:00:00Z',
        to: '2026-11-20T12:00:00Z',
      });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/api-gateway',
      events: [
        {
          time: '2026-11-20T11:58:00.000Z',
          workload: 'api-gateway',
          cluster: 'eks-prod',
          namespace: 'agents',
          to: 4,
          reason:
            'cpu resource utilization (percentage of request) above target',
          source: 'kubernetes-event',
          atMax: false,
        },
      ],
      errors: [],
    });
  });

  it('answers an HPA’s replicas and utilization metrics over the range', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/history')
      .query({
        entityRef: 'component:default/api-gateway',
        from: '2026-11-20T00:00:00Z',
        to: '2026-11-21T00:00:00Z',
      });
    expect(res.status).toBe(200);
    // 24 h over 720 points: one every 2 minutes
    const start = Date.parse('2026-11-20T00:00:00Z') / 1000;
    expect(res.body).toEqual({
      entityRef: 'component:default/api-gateway',
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
      stepSeconds: 120,
      series: [
        {
          workload: 'api-gateway',
          name: 'replicas',
          unit: 'replicas',
          points: [
            [start, 4],
            [start + 120, 6],
            [start + 240, 10],
          ],
        },
        {
          workload: 'api-gateway',
          name: 'cpu',
          unit: '%',
          // the NaN sample is left out
          points: [
            [start, 80],
            [start + 120, 96],
          ],
        },
        {
          workload: 'api-gateway',
          name: 'memory',
          unit: '%',
          points: [[start, 50]],
        },
      ],
      errors: [],
    });
  });

  it('refuses a range over 31 days', async () => {
    const res = await request(await backend())
      .get('/api/autoscaling/v1/history')
      .query({
        entityRef: 'component:default/api-gateway',
        from: '2026-10-01T00:00:00Z',
        to: '2026-11-20T00:00:00Z',
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'from and to must be at most 31 days apart',
    );
  });

  it('answers 400 for a bad request and 404 for an unknown or unannotated entity', async () => {
    const app = await backend();
    const bad = await request(app).get('/api/autoscaling/v1/workloads');
    expect(bad.status).toBe(400);
    expect(bad.body.error.name).toBe('InputError');
    const badTime = await request(app)
      .get('/api/autoscaling/v1/events')
      .query({ entityRef: 'component:default/api-gateway', from: 'yesterday' });
    expect(badTime.status).toBe(400);
    for (const ref of [
      'component:default/unknown',
      'component:default/website',
    ]) {
      const res = await request(app)
        .get('/api/autoscaling/v1/workloads')
        .query({ entityRef: ref });
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    }
  });
});
