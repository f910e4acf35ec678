import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { environments, issues, releases } from '../testing/fixtures';
import { ErrorsClient } from './ErrorsClient';

const server = setupServer();
const BASE = 'http://backstage:7007/api/errors';

describe('ErrorsClient', () => {
  registerMswTestHooks(server);

  const client = new ErrorsClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage:7007' }),
    fetchApi: new MockFetchApi(),
  });

  /** Answers `path` with `body` and remembers the URL it was asked for. */
  const answer = (path: string, body: object) => {
    const requested: URL[] = [];
    server.use(
      http.get(`${BASE}${path}`, ({ request }) => {
        requested.push(new URL(request.url));
        return HttpResponse.json(body);
      }),
    );
    return requested;
  };

  it('sends every filter of the issues query, encoded', async () => {
    const requested = answer('/v1/issues', issues);

    const response = await client.getIssues({
      entityRef: 'component:default/api-gateway',
      environment: 'prod eu',
      release: 'api-gateway@2.4.1+build#7',
      period: '14d',
      sort: 'new',
    });

    expect(requested.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway' +
        '&environment=prod+eu' +
        '&release=api-gateway%402.4.1%2Bbuild%237' +
        '&period=14d&sort=new',
    ]);
    expect(requested[0].hash).toBe('');
    expect(response).toEqual(issues);
  });

  it('leaves out the filters that are not set', async () => {
    const requested = answer('/v1/issues', issues);

    await client.getIssues({
      entityRef: 'component:default/api-gateway',
      environment: undefined,
      period: '24h',
    });

    expect(requested.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway&period=24h',
    ]);
  });

  it('asks for the environments and the releases of the entity', async () => {
    const askedForEnvironments = answer('/v1/environments', environments);
    const askedForReleases = answer('/v1/releases', releases);

    expect(
      await client.getEnvironments('component:default/api-gateway'),
    ).toEqual(environments);
    expect(await client.getReleases('component:default/api-gateway')).toEqual(
      releases,
    );
    expect(askedForEnvironments.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway',
    ]);
    expect(askedForReleases.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway',
    ]);
  });

  it.each([
    [400, 'InputError', 'period must be one of 24h, 14d'],
    [404, 'NotFoundError', 'No entity component:default/nope'],
  ])(
    'turns a %i into a ResponseError carrying the backend’s message',
    async (status, name, message) => {
      server.use(
        http.get(`${BASE}/v1/issues`, () =>
          HttpResponse.json(
            {
              error: { name, message },
              request: { method: 'GET', url: '/api/errors/v1/issues' },
              response: { statusCode: status },
            },
            { status },
          ),
        ),
      );

      const error = await client
        .getIssues({ entityRef: 'component:default/nope' })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(status);
      expect((error as ResponseError).cause).toMatchObject({ name, message });
    },
  );
});
