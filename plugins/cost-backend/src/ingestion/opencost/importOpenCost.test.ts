import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { startOpenCost } from 'sandbox';
import { DatabaseCostStore } from '../../database/DatabaseCostStore';
import { importOpenCost, OpenCostImportOptions } from './importOpenCost';
import { OpenCostClient } from './OpenCostClient';

const ORCHESTRATOR = 'component:default/orchestrator';
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function createStore() {
  const knex = await databases.init('SQLITE_3');
  return DatabaseCostStore.create(
    mockServices.database({ knex, migrations: { skip: false } }),
  );
}

const options = (
  store: DatabaseCostStore,
  client: OpenCostClient,
): OpenCostImportOptions => ({
  client,
  store,
  source: 'opencost',
  aggregate: 'label:app',
  tag: 'service',
  currency: 'USD',
  lookBackDays: 3,
  today: '2026-12-02',
  targets: [{ entityRef: ORCHESTRATOR, costTags: { service: 'orchestrator' } }],
});

const clientOf = (baseUrl: string, fetchImpl?: typeof fetch) =>
  new OpenCostClient({
    baseUrl,
    timeoutMs: 2000,
    attempts: 2,
    backoffMs: 1,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

// the stand-ins' costs end at these unix seconds: noon, and later 18:00, on 2 December
const NOON = Date.parse('2026-12-02T12:00:00Z') / 1000;
const EVENING = Date.parse('2026-12-02T18:00:00Z') / 1000;

describe('importOpenCost', () => {
  let opencost: Awaited<ReturnType<typeof startOpenCost>>;
  let later: Awaited<ReturnType<typeof startOpenCost>>;
  beforeAll(async () => {
    opencost = await startOpenCost({ port: 0, end: NOON });
    later = await startOpenCost({ port: 0, end: EVENING });
  });
  afterAll(() => Promise.all([opencost.stop(), later.stop()]));

  it('imports each day of the sandbox’s allocations, and a later run replaces today’s', async () => {
    const store = await createStore();

    const summary = await importOpenCost(
      options(store, clientOf(opencost.url)),
    );

    // 30 November, 1 December and 2 December until noon; 7 workloads and idle
    expect(summary).toEqual({ days: 3, lines: 24 });
    const sums = await store.sums([ORCHESTRATOR], '2026-11-30', '2026-12-02');
    // 0.911196 a day (2 × 0.5 vCPU and 2 × 0.75 GiB), half of it today
    expect(sums.daily).toEqual([
      { day: '2026-11-30', amount: 911_196_000n },
      { day: '2026-12-01', amount: 911_196_000n },
      { day: '2026-12-02', amount: 455_598_000n },
    ]);
    expect(sums.byProvider).toEqual([
      { provider: 'Kubernetes (agents-staging)', amount: 2_277_990_000n },
    ]);
    expect(sums.byResource[0]).toEqual(
      expect.objectContaining({
        resourceId: 'agents-staging/label:app/orchestrator',
        resourceName: 'orchestrator',
      }),
    );
    // the other services have no entity here and idle never has: unallocated
    const overview = await store.overviewSums('2026-11-30', '2026-12-02');
    // the cluster's 4.661664 a day for 2.5 days, less the orchestrator's
    expect(overview.byEntity).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ amount: 9_376_170_000n }),
      ]),
    );

    // a later run, when OpenCost has more of today
    await importOpenCost(options(store, clientOf(later.url)));
    // three quarters of a day, in place of half of one
    expect(
      (await store.sums([ORCHESTRATOR], '2026-12-02', '2026-12-02')).daily,
    ).toEqual([{ day: '2026-12-02', amount: 683_397_000n }]);
    expect(
      (await store.sums([ORCHESTRATOR], '2026-11-30', '2026-11-30')).daily,
    ).toEqual([{ day: '2026-11-30', amount: 911_196_000n }]);
  });

  it('records a failed import with the reason when OpenCost is down or answers nonsense, and keeps the data', async () => {
    const store = await createStore();
    await importOpenCost(options(store, clientOf(opencost.url)));
    const before = await store.overviewSums('2026-11-30', '2026-12-02');

    const down = (await importOpenCost(
      options(store, clientOf('http://127.0.0.1:1')),
    ).catch(error => error)) as Error;
    expect(down.message).toMatch(
      /^OpenCost import (\S+) failed, the imported days stay as they were: OpenCost at http:\/\/127\.0\.0\.1:1 failed after 2 attempts/,
    );
    const id = /import (\S+) failed/.exec(down.message)![1];
    expect(await store.getImport(id)).toEqual(
      expect.objectContaining({
        source: 'opencost',
        fileKey: 'window:2026-11-30..2026-12-02',
        status: 'failed',
        error: expect.stringContaining('failed after 2 attempts'),
      }),
    );

    const nonsense = clientOf('http://opencost', async () =>
      Response.json({ code: 200, data: [{ orchestrator: { name: 'x' } }] }),
    );
    await expect(importOpenCost(options(store, nonsense))).rejects.toThrow(
      'OpenCost at http://opencost answered in an unexpected shape: data.0.orchestrator.window: Required',
    );
    const refused = clientOf('http://opencost', async () =>
      Response.json({ code: 400, message: 'bad window' }, { status: 400 }),
    );
    await expect(importOpenCost(options(store, refused))).rejects.toThrow(
      'OpenCost at http://opencost answered 400: {"code":400,"message":"bad window"}',
    );
    expect(await store.overviewSums('2026-11-30', '2026-12-02')).toEqual(
      before,
    );
  });
});
