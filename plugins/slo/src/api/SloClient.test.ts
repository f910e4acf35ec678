import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SloClient } from './SloClient';

const server = setupServer();

describe('SloClient', () => {
  registerMswTestHooks(server);

  const client = new SloClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage:7007' }),
    fetchApi: new MockFetchApi(),
  });

  it('asks for the entity’s SLOs with the ref encoded as a query value', async () => {
    let requested: URL | undefined;
    server.use(
      http.get('http://backstage:7007/api/slo/v1/slos', ({ request }) => {
        requested = new URL(request.url);
        return HttpResponse.json({
          entityRef: 'component:default/api-gateway',
          slos: [],
          errors: [],
        });
      }),
    );

    const response = await client.getSlos('component:default/api-gateway');

    expect(requested?.search).toBe(
      '?entityRef=component%3Adefault%2Fapi-gateway',
    );
    expect(response).toEqual({
      entityRef: 'component:default/api-gateway',
      slos: [],
      errors: [],
    });
  });

  it('keeps a `#` in an OpenSLO id inside the query instead of cutting the URL', async () => {
    let requested: URL | undefined;
    server.use(
      http.get(
        'http://backstage:7007/api/slo/v1/slos/history',
        ({ request }) => {
          requested = new URL(request.url);
          return HttpResponse.json({
            entityRef: 'component:default/api-gateway',
            id: 'slos/api-gateway.yaml#latency p99',
            points: [],
          });
        },
      ),
    );

    await client.getHistory({
      entityRef: 'component:default/api-gateway',
      id: 'slos/api-gateway.yaml#latency p99',
      from: '2026-10-23',
      to: '2026-11-22',
    });

    expect(requested?.hash).toBe('');
    expect(requested?.search).toBe(
      '?entityRef=component%3Adefault%2Fapi-gateway' +
        '&id=slos%2Fapi-gateway.yaml%23latency+p99' +
        '&from=2026-10-23&to=2026-11-22',
    );
    expect(Object.fromEntries(requested!.searchParams)).toEqual({
      entityRef: 'component:default/api-gateway',
      id: 'slos/api-gateway.yaml#latency p99',
      from: '2026-10-23',
      to: '2026-11-22',
    });
  });

  it('turns an error response into a ResponseError carrying the backend’s message', async () => {
    server.use(
      http.get('http://backstage:7007/api/slo/v1/slos', () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'No entity component:default/nope',
            },
            request: { method: 'GET', url: '/api/slo/v1/slos' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );

    const error = await client
      .getSlos('component:default/nope')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).statusCode).toBe(404);
    expect((error as ResponseError).cause).toMatchObject({
      name: 'NotFoundError',
      message: 'No entity component:default/nope',
    });
  });
});
