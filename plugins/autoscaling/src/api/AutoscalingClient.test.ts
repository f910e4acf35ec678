import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { events, history, workloads } from '../testing/fixtures';
import { AutoscalingClient } from './AutoscalingClient';

const server = setupServer();
const BASE = 'http://backstage:7007/api/autoscaling';

describe('AutoscalingClient', () => {
  registerMswTestHooks(server);

  const client = new AutoscalingClient({
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

  const range = {
    entityRef: 'component:default/api-gateway',
    from: '2026-11-21T12:00:00.000Z',
    to: '2026-11-22T12:00:00.000Z',
  };
  const rangeQuery =
    '?entityRef=component%3Adefault%2Fapi-gateway' +
    '&from=2026-11-21T12%3A00%3A00.000Z&to=2026-11-22T12%3A00%3A00.000Z';

  it('asks for the workloads of the entity', async () => {
    const requested = answer('/v1/workloads', workloads);

    expect(await client.getWorkloads('component:default/api-gateway')).toEqual(
      workloads,
    );
    expect(requested.map(url => url.search)).toEqual([
      '?entityRef=component%3Adefault%2Fapi-gateway',
    ]);
  });

  it('asks for the events and the history of a range, encoded', async () => {
    const askedForEvents = answer('/v1/events', events);
    const askedForHistory = answer('/v1/history', history);

    expect(await client.getEvents(range)).toEqual(events);
    expect(await client.getHistory(range)).toEqual(history);
    expect(askedForEvents.map(url => url.search)).toEqual([rangeQuery]);
    expect(askedForHistory.map(url => url.search)).toEqual([rangeQuery]);
  });

  it.each([
    [400, 'InputError', 'from must not be after to'],
    [404, 'NotFoundError', 'No entity component:default/nope'],
  ])(
    'turns a %i into a ResponseError carrying the backend’s message',
    async (status, name, message) => {
      server.use(
        http.get(`${BASE}/v1/events`, () =>
          HttpResponse.json(
            {
              error: { name, message },
              request: { method: 'GET', url: '/api/autoscaling/v1/events' },
              response: { statusCode: status },
            },
            { status },
          ),
        ),
      );

      const error = await client.getEvents(range).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(status);
      expect((error as ResponseError).cause).toMatchObject({ name, message });
    },
  );
});
