import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseCostStore } from '../database/DatabaseCostStore';
import { importDirectory } from './importDirectory';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const GATEWAY = 'component:default/api-gateway';
const HEADER =
  'ChargePeriodStart,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory,Tags';
const file = (cost: string) =>
  `${HEADER}\n2026-11-01T00:00:00Z,${cost},USD,AWS,Compute,Usage,"{""service"":""api-gateway""}"\n`;

describe('importDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cost-focus-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('imports new and changed files, skips unchanged ones, and goes on past a bad one', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseCostStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    const logger = mockServices.logger.mock();
    const run = () =>
      importDirectory({
        directory: dir,
        source: 'focus',
        store,
        targets: async () => [
          { entityRef: GATEWAY, costTags: { service: 'api-gateway' } },
        ],
        logger,
      });
    const total = async () =>
      (await store.sums([GATEWAY], '2026-11-01', '2026-11-30')).byProvider;
    await writeFile(join(dir, '2026-11-aws.csv'), file('10'));
    await writeFile(join(dir, '2026-11-neon.csv'), `${HEADER}\nbroken`);
    await writeFile(join(dir, 'notes.txt'), 'not a FOCUS file');

    expect(await run()).toEqual({
      imported: 1,
      unchanged: 0,
      rejected: 1,
      failed: 0,
    });
    expect(await total()).toEqual([
      { provider: 'AWS', amount: 10_000_000_000n },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Rejected 2026-11-neon\.csv of focus: 1 bad rows; line 2: /,
      ),
    );

    // nothing changed: the good file is skipped, the bad one tried again
    expect(await run()).toEqual(
      expect.objectContaining({ imported: 0, unchanged: 1, rejected: 1 }),
    );

    // a new export of the same file replaces it
    const path = join(dir, '2026-11-aws.csv');
    await writeFile(path, file('12.5'));
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect(await run()).toEqual(expect.objectContaining({ imported: 1 }));
    expect(await total()).toEqual([
      { provider: 'AWS', amount: 12_500_000_000n },
    ]);
  });

  it('fails when the directory is missing', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseCostStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    await expect(
      importDirectory({
        directory: join(dir, 'nope'),
        source: 'focus',
        store,
        targets: async () => [],
        logger: mockServices.logger.mock(),
      }),
    ).rejects.toThrow(/ENOENT/);
  });
});
