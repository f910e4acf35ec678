import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { novemberCost, novemberOverview } from '../testing/fixtures';
import { CostClient } from './CostClient';

const server = setupServer();
const BASE = 'http://backstage:7007/api/cost';

describe('CostClient', () => {
  registerMswTestHooks(server);

  const client = new CostClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage:7007' }),
    fetchApi: new MockFetchApi(),
  });

  /** Answers the entity endpoint with `body` and remembers the URLs asked for. */
  const answer = (body: object) => {
    const requested: URL[] = [];
    server.use(
      http.get(`${BASE}/v1/entity`, ({ request }) => {
        requested.push(new URL(request.url));
        return HttpResponse.json(body);
      }),
    );
    return requested;
  };

  it('asks for the entity and the days of the period, encoded', async () => {
    const requested = answer(novemberCost);

    const response = await client.getEntityCost({
      entityRef: 'component:default/api-gateway',
      from: '2026-11-01',
      to: '2026-11-22',
    });

    expect(requested.map(url => url.pathname)).toEqual(['/api/cost/v1/entity']);
    expect(requested.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway&from=2026-11-01&to=2026-11-22',
    ]);
    expect(response).toEqual(novemberCost);
    // amounts stay the decimal text the backend sent
    expect(response.total).toBe('96.4');
  });

  it('encodes what a URL would otherwise misread in an entity ref', async () => {
    const requested = answer(novemberCost);

    await client.getEntityCost({
      entityRef: 'component:team a/api&gateway#1+2',
      from: '2026-10-01',
      to: '2026-10-31',
    });

    expect(requested[0].searchParams.get('entityRef')).toBe(
      'component:team a/api&gateway#1+2',
    );
    expect(requested[0].search).toBe(
      '?entityRef=component%3Ateam+a%2Fapi%26gateway%231%2B2' +
        '&from=2026-10-01&to=2026-10-31',
    );
    expect(requested[0].hash).toBe('');
  });

  it.each([
    [400, 'InputError', 'from must be a day as YYYY-MM-DD'],
    [404, 'NotFoundError', 'No entity component:default/nope'],
  ])(
    'turns a %i into a ResponseError carrying the backend’s message',
    async (status, name, message) => {
      server.use(
        http.get(`${BASE}/v1/entity`, () =>
          HttpResponse.json(
            {
              error: { name, message },
              request: { method: 'GET', url: '/api/cost/v1/entity' },
              response: { statusCode: status },
            },
            { status },
          ),
        ),
      );

      const error = await client
        .getEntityCost({
          entityRef: 'component:default/nope',
          from: '2026-11-01',
          to: '2026-11-22',
        })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(status);
      expect((error as ResponseError).cause).toMatchObject({ name, message });
    },
  );

  describe('getOverview', () => {
    it('asks for the days of the period and the grouping', async () => {
      const requested: URL[] = [];
      server.use(
        http.get(`${BASE}/v1/overview`, ({ request }) => {
          requested.push(new URL(request.url));
          return HttpResponse.json(novemberOverview);
        }),
      );

      const response = await client.getOverview({
        from: '2026-11-01',
        to: '2026-11-22',
        groupBy: 'service',
      });

      expect(requested.map(url => url.pathname)).toEqual([
        '/api/cost/v1/overview',
      ]);
      expect(requested.map(url => url.search)).toEqual([
        '?from=2026-11-01&to=2026-11-22&groupBy=service',
      ]);
      expect(response).toEqual(novemberOverview);
      expect(response.unallocated).toBe('84.5');
    });

    it('turns a 400 into a ResponseError carrying the backend’s message', async () => {
      server.use(
        http.get(`${BASE}/v1/overview`, () =>
          HttpResponse.json(
            {
              error: {
                name: 'InputError',
                message: 'groupBy must be team, service or provider',
              },
              request: { method: 'GET', url: '/api/cost/v1/overview' },
              response: { statusCode: 400 },
            },
            { status: 400 },
          ),
        ),
      );

      const error = await client
        .getOverview({ from: '2026-11-01', to: '2026-11-22', groupBy: 'team' })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(400);
      expect((error as ResponseError).cause).toMatchObject({
        name: 'InputError',
        message: 'groupBy must be team, service or provider',
      });
    });
  });
});
