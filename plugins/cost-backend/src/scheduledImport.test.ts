import { metricsServiceFactory } from '@backstage/backend-defaults/alpha';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { Knex } from 'knex';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { costPlugin } from './plugin';

jest.setTimeout(60_000);

// Global tasks are coordinated through the database, so this only means
// something with two backends on one PostgreSQL database.
const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
const describeOnPostgres = databases.supports('POSTGRES_15')
  ? describe
  : describe.skip;

const GATEWAY: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    namespace: 'default',
    annotations: { 'agent-platform.io/cost-tags': 'service=api-gateway' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
};

const TAGS = '"{""service"":""api-gateway""}"';
/**
 * 3 rows, 2 cost lines once summed (the two gateway rows share day, entity,
 * provider, service and resource), 10.10 + 0.90 + 5 = 16 USD in all.
 */
const FILE = [
  'ChargePeriodStart,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory,Tags',
  `2026-11-01T00:00:00Z,10.10,USD,AWS,Compute,Usage,${TAGS}`,
  `2026-11-01T00:00:00Z,0.90,USD,AWS,Compute,Usage,${TAGS}`,
  '2026-11-02T00:00:00Z,5,USD,AWS,Support,Usage,',
].join('\n');

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describeOnPostgres(
  'the scheduled import, two backends on one PostgreSQL',
  () => {
    let dir: string;
    let knexes: Knex[] = [];
    const backends: { stop(): Promise<void> }[] = [];
    let open = () => {};

    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cost-scheduled-'));
    });
    afterEach(async () => {
      open();
      try {
        await Promise.all(backends.splice(0).map(backend => backend.stop()));
        await Promise.all(knexes.map(knex => knex.destroy()));
      } finally {
        knexes = [];
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('runs one import, on one of them', async () => {
      await writeFile(join(dir, '2026-11-aws.csv'), `${FILE}\n`);
      const db = await databases.init('POSTGRES_15');
      // each backend its own connection pool to the same database, as two
      // instances would have
      knexes = [knexFactory(db.client.config), knexFactory(db.client.config)];

      // Every run of the task that finds the file not yet imported asks the
      // catalog for its attribution targets: held until both backends are up,
      // so that uncoordinated runs could not skip the file as already imported.
      const gate = new Promise<void>(resolve => {
        open = resolve;
      });
      const entities = catalogServiceMock({ entities: [GATEWAY] });
      const catalog = catalogServiceMock.mock({
        getEntities: async (request, options) => {
          await gate;
          return entities.getEntities(request, options);
        },
      });

      for (const knex of knexes) {
        const backend = await startTestBackend({
          features: [
            costPlugin,
            catalog.factory,
            // the real scheduler, not the test one that runs tasks in place
            schedulerServiceFactory,
            metricsServiceFactory,
            mockServices.database.factory({
              knex,
              migrations: { skip: false },
            }),
            mockServices.rootConfig.factory({
              data: {
                cost: {
                  sources: [
                    {
                      name: 'billing',
                      directory: dir,
                      // each backend would run it at once if uncoordinated,
                      // and not again within the test
                      schedule: {
                        frequency: { hours: 1 },
                        timeout: { seconds: 30 },
                        initialDelay: { seconds: 0 },
                      },
                    },
                  ],
                },
              },
            }),
          ],
        });
        backends.push(backend);
      }
      // time for both backends' workers to take up the task if they would
      await sleep(1000);
      open();

      const [knex] = knexes;
      const imports = () =>
        knex('cost_imports')
          .where({ source: 'billing' })
          .select('status', 'file_key', 'rows_accepted');
      const deadline = Date.now() + 20_000;
      while (!(await imports()).some(row => row.status === 'succeeded')) {
        if (Date.now() > deadline) {
          throw new Error(
            `no import succeeded in 20 s: ${JSON.stringify(await imports())}`,
          );
        }
        await sleep(100);
      }
      // time for a second run to show
      await sleep(1000);

      expect(await imports()).toEqual([
        { status: 'succeeded', file_key: '2026-11-aws.csv', rows_accepted: 3 },
      ]);
      expect(catalog.getEntities).toHaveBeenCalledTimes(1);
      const [lines] = await knex('cost_lines').select(
        knex.raw('COUNT(*)::int as count'),
        knex.raw('CAST(SUM(amount_nanos) AS TEXT) as amount'),
      );
      expect(lines).toEqual({ count: 2, amount: '16000000000' });
      // the task is the real scheduler's, in the shared database
      expect(
        await knex('backstage_backend_tasks__tasks').pluck('id'),
      ).toContain('cost-import-billing');
    });
  },
);
