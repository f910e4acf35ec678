import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DatabaseCostStore } from '../database/DatabaseCostStore';
import { importUrl } from './importUrl';

const GATEWAY = 'component:default/api-gateway';
const HEADER =
  'ChargePeriodStart,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory,Tags';
const file = (amount: string) =>
  `${HEADER}\n2026-11-01T00:00:00Z,${amount},USD,AWS,Compute,Usage,"{""service"":""api-gateway""}"\n`;

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('importUrl', () => {
  // what the export server answers, and what it was asked
  let served = { body: file('10'), etag: '"v1"', status: 200 };
  const asked: Array<Record<string, string | string[] | undefined>> = [];
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push(req.headers);
      if (served.status !== 200) {
        res.writeHead(served.status).end('unavailable');
      } else if (req.headers['if-none-match'] === served.etag) {
        res.writeHead(304).end();
      } else {
        res.writeHead(200, { 'Content-Type': 'text/csv', ETag: served.etag });
        res.end(served.body);
      }
    });
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    url = `http://127.0.0.1:${port}/exports/focus.csv?X-Amz-Signature=secret`;
  });
  afterAll(() => new Promise(done => server.close(done)));

  it('imports the file, skips it unchanged, replaces it when it changes and keeps it when the server fails', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseCostStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    const run = () =>
      importUrl({
        url,
        source: 'billing',
        store,
        targets: async () => [
          { entityRef: GATEWAY, costTags: { service: 'api-gateway' } },
        ],
        headers: { Authorization: 'Bearer token' },
        timeoutMs: 5000,
        backoffMs: 10,
      });
    const total = async () =>
      (await store.sums([GATEWAY], '2026-11-01', '2026-11-30')).daily;

    expect(await run()).toEqual({
      status: 'succeeded',
      rowsAccepted: 1,
      rowsRejected: 0,
    });
    expect(asked[0].authorization).toBe('Bearer token');
    expect(await total()).toEqual([
      { day: '2026-11-01', amount: 10n * 10n ** 9n },
    ]);

    // asked with If-None-Match "v1": 304
    expect(await run()).toEqual({ status: 'unchanged' });
    expect(asked[1]['if-none-match']).toBe('"v1"');

    // a new version replaces the lines of the first
    served = { body: file('12.5'), etag: '"v2"', status: 200 };
    expect((await run()).status).toBe('succeeded');
    expect(await total()).toEqual([
      { day: '2026-11-01', amount: 12_500_000_000n },
    ]);

    // failing: three attempts, then an error without the signature
    served = { ...served, etag: '"v3"', status: 500 };
    const down = (await run().catch(error => error)) as Error;
    expect(down.message).toBe(
      `FOCUS source billing at ${
        url.split('?')[0]
      } failed after 3 attempts; caused by Error: FOCUS source billing answered 500 Internal Server Error`,
    );
    expect(JSON.stringify(down)).not.toContain('secret');
    expect(await total()).toEqual([
      { day: '2026-11-01', amount: 12_500_000_000n },
    ]);

    // a refusal is not retried
    served = { ...served, status: 403 };
    const before = asked.length;
    await expect(run()).rejects.toThrow(
      `FOCUS source billing at ${url.split('?')[0]} answered 403 Forbidden`,
    );
    expect(asked.length - before).toBe(1);
  });
});
