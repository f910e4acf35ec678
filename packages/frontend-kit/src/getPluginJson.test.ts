import { ResponseError } from '@backstage/errors';
import { getPluginJson } from './getPluginJson';

function apis(response: Response) {
  const asked: string[] = [];
  return {
    asked,
    discoveryApi: {
      getBaseUrl: async (pluginId: string) =>
        `http://localhost:7007/api/${pluginId}`,
    },
    fetchApi: {
      fetch: (async (url: string) => {
        asked.push(url);
        return response;
      }) as typeof fetch,
    },
  };
}

describe('getPluginJson', () => {
  it('asks the plugin’s path with the parameters encoded, leaving out empty ones', async () => {
    const client = apis(Response.json({ ok: true }));

    const answer = await getPluginJson(client, 'cost', '/v1/entity', {
      entityRef: 'component:default/a b&c',
      from: undefined,
      to: '',
      period: '24h',
    });

    expect(answer).toEqual({ ok: true });
    expect(client.asked).toEqual([
      'http://localhost:7007/api/cost/v1/entity?entityRef=component%3Adefault%2Fa+b%26c&period=24h',
    ]);
  });

  it('throws the backend’s error as a ResponseError', async () => {
    const client = apis(
      Response.json(
        {
          error: { name: 'InputError', message: 'from must not be after to' },
          request: { method: 'GET', url: '/v1/entity' },
          response: { statusCode: 400 },
        },
        { status: 400 },
      ),
    );

    const error: ResponseError = await getPluginJson(
      client,
      'cost',
      '/v1/entity',
      {},
    ).then(
      () => undefined as never,
      e => e,
    );

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.error.message).toBe('from must not be after to');
  });
});
