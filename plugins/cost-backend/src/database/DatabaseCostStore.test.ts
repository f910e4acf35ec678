import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { StoredCostLine } from './CostStore';
import { DatabaseCostStore } from './DatabaseCostStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const GATEWAY = 'component:default/api-gateway';
const DB = 'resource:default/agent-platform-db';

function line(
  day: string,
  amount: bigint,
  extra: Partial<StoredCostLine> = {},
): StoredCostLine {
  return {
    day,
    entityRef: GATEWAY,
    provider: 'AWS',
    serviceCategory: 'Compute',
    resourceId: 'i-0abc',
    resourceName: 'gateway node',
    currency: 'USD',
    amount,
    ...extra,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseCostStore on %s',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      return DatabaseCostStore.create(
        mockServices.database({ knex, migrations: { skip: false } }),
      );
    }

    /** Imports `lines` as the file `key` of source `focus`. */
    async function importLines(
      store: DatabaseCostStore,
      key: string,
      lines: StoredCostLine[],
    ) {
      const id = await store.startImport('focus', key);
      await store.writeImport(id, async write => {
        await write(lines);
        return { keep: true };
      });
      return id;
    }

    it('sums exactly beyond what a JS number holds, by day, provider and resource', async () => {
      const store = await createStore();
      // 4 000 000.000000001 × 3 = 12 000 000.000000003: 12 000 000 000 000 003
      // nanos, over 2^53 (9 007 199 254 740 992), so a float would lose the 3
      const big = 4_000_000_000_000_001n;
      await importLines(store, 'a.csv', [
        line('2026-11-01', big),
        line('2026-11-01', big),
        line('2026-11-02', big),
        line('2026-11-02', -500_000_000n, {
          provider: 'Neon',
          serviceCategory: 'Databases',
          resourceId: 'br-1',
          resourceName: undefined,
        }),
        line('2026-11-02', 5_000_000_000n, {
          entityRef: DB,
          provider: 'Neon',
          resourceId: 'project-1',
        }),
        line('2026-11-02', 7n, { entityRef: undefined }), // unallocated
        line('2026-11-03', 1n), // outside the range asked
      ]);

      const sums = await store.sums([GATEWAY, DB], '2026-11-01', '2026-11-02');

      expect(sums.daily).toEqual([
        { day: '2026-11-01', amount: 8_000_000_000_000_002n },
        // big − 0.5 + 5 = 4 000 004 500 000 001 nanos
        { day: '2026-11-02', amount: 4_000_004_500_000_001n },
      ]);
      expect(sums.byProvider).toEqual([
        { provider: 'AWS', amount: 12_000_000_000_000_003n },
        { provider: 'Neon', amount: 4_500_000_000n },
      ]);
      expect(sums.byResource).toEqual([
        {
          entityRef: GATEWAY,
          resourceId: 'br-1',
          provider: 'Neon',
          amount: -500_000_000n,
        },
        {
          entityRef: GATEWAY,
          resourceId: 'i-0abc',
          resourceName: 'gateway node',
          provider: 'AWS',
          amount: 12_000_000_000_000_003n,
        },
        {
          entityRef: DB,
          resourceId: 'project-1',
          resourceName: 'gateway node',
          provider: 'Neon',
          amount: 5_000_000_000n,
        },
      ]);
      expect(sums.currencies).toEqual(['USD']);
      expect(
        await store.sums(
          ['component:default/other'],
          '2026-11-01',
          '2026-11-30',
        ),
      ).toEqual({
        daily: [],
        byProvider: [],
        byResource: [],
        currencies: [],
        fixed: 0n,
      });
    });

    it('sums every line of a range by day, entity (unallocated apart) and provider', async () => {
      const store = await createStore();
      await importLines(store, 'a.csv', [
        line('2026-11-01', 2n),
        line('2026-11-01', 3n, { entityRef: DB, provider: 'Neon' }),
        line('2026-11-02', 5n, { entityRef: undefined, fixed: true }),
        line('2026-11-02', 7n, { fixed: true }),
        line('2026-12-01', 100n, { fixed: true }),
      ]);

      const sums = await store.overviewSums('2026-11-01', '2026-11-30');

      expect(sums.daily).toEqual([
        { day: '2026-11-01', amount: 5n },
        { day: '2026-11-02', amount: 12n },
      ]);
      expect(
        [...sums.byEntity].sort((a, b) =>
          String(a.entityRef).localeCompare(String(b.entityRef)),
        ),
      ).toEqual([
        { entityRef: GATEWAY, amount: 9n, fixed: 7n },
        { entityRef: DB, amount: 3n, fixed: 0n },
        { amount: 5n, fixed: 5n },
      ]);
      expect(
        (await store.sums([GATEWAY], '2026-11-01', '2026-11-30')).fixed,
      ).toBe(7n);
      expect((await store.sums([DB], '2026-11-01', '2026-11-30')).fixed).toBe(
        0n,
      );
      expect((await store.sums([DB], '2026-10-01', '2026-10-31')).fixed).toBe(
        0n,
      );
      expect(sums.byProvider).toEqual([
        { provider: 'AWS', amount: 14n },
        { provider: 'Neon', amount: 3n },
      ]);
    });

    it('answers whole months and partial ones alike, and forgets replaced imports', async () => {
      const store = await createStore();
      await importLines(store, 'a.csv', [
        line('2026-10-31', 1n),
        line('2026-11-01', 10n, { fixed: true }),
        line('2026-11-15', 100n),
        line('2026-11-30', 1_000n, { entityRef: undefined }),
        line('2026-12-01', 10_000n),
      ]);
      // replaced: its lines and sums are gone
      await importLines(store, 'b.csv', [line('2026-11-15', 7n)]);
      await importLines(store, 'b.csv', [line('2026-11-16', 5n)]);

      const byEntity = async (from: string, to: string) =>
        Object.fromEntries(
          (await store.overviewSums(from, to)).byEntity.map(e => [
            e.entityRef ?? 'unallocated',
            [e.amount, e.fixed],
          ]),
        );

      // November whole, from the monthly sums: 10 + 100 + 5, 10 fixed
      expect(await byEntity('2026-11-01', '2026-11-30')).toEqual({
        [GATEWAY]: [115n, 10n],
        unallocated: [1_000n, 0n],
      });
      // the last day of October and the first of December from the lines
      expect(await byEntity('2026-10-31', '2026-12-01')).toEqual({
        [GATEWAY]: [10_116n, 10n],
        unallocated: [1_000n, 0n],
      });
      // within one month, and across two partial months
      expect(await byEntity('2026-11-02', '2026-11-29')).toEqual({
        [GATEWAY]: [105n, 0n],
      });
      expect(await byEntity('2026-11-16', '2026-12-01')).toEqual({
        [GATEWAY]: [10_005n, 0n],
        unallocated: [1_000n, 0n],
      });
      const sums = await store.overviewSums('2026-10-01', '2026-12-31');
      expect(sums.byProvider).toEqual([{ provider: 'AWS', amount: 11_116n }]);
      expect(sums.daily.map(d => [d.day, d.amount])).toEqual([
        ['2026-10-31', 1n],
        ['2026-11-01', 10n],
        ['2026-11-15', 100n],
        ['2026-11-16', 5n],
        ['2026-11-30', 1_000n],
        ['2026-12-01', 10_000n],
      ]);
    });

    it('replaces the lines of an earlier import of the same file, and only those', async () => {
      const store = await createStore();
      await importLines(store, 'aws-2026-11.csv', [line('2026-11-01', 10n)]);
      await importLines(store, 'neon-2026-11.csv', [
        line('2026-11-01', 1n, { provider: 'Neon' }),
      ]);
      await importLines(store, 'aws-2026-11.csv', [line('2026-11-01', 20n)]);

      const sums = await store.sums([GATEWAY], '2026-11-01', '2026-11-30');

      expect(sums.byProvider).toEqual([
        { provider: 'AWS', amount: 20n },
        { provider: 'Neon', amount: 1n },
      ]);
    });

    it('keeps the earlier lines when an import is declined or fails midway', async () => {
      const store = await createStore();
      await importLines(store, 'aws.csv', [line('2026-11-01', 10n)]);

      const declined = await store.startImport('focus', 'aws.csv');
      const kept = await store.writeImport(declined, async write => {
        await write([line('2026-11-01', 99n)]);
        return { keep: false };
      });
      const failed = await store.startImport('focus', 'aws.csv');
      await expect(
        store.writeImport(failed, async write => {
          await write([line('2026-11-01', 98n)]);
          throw new Error('disk on fire');
        }),
      ).rejects.toThrow('disk on fire');

      expect(kept).toBe(false);
      const sums = await store.sums([GATEWAY], '2026-11-01', '2026-11-30');
      expect(sums.daily).toEqual([{ day: '2026-11-01', amount: 10n }]);
    });

    it('writes many lines in one import', async () => {
      const store = await createStore();
      const lines = Array.from({ length: 1000 }, (_, i) =>
        line(`2026-11-${String((i % 30) + 1).padStart(2, '0')}`, 1_000n),
      );
      await importLines(store, 'many.csv', lines);

      const sums = await store.sums([GATEWAY], '2026-11-01', '2026-11-30');
      expect(sums.byProvider).toEqual([
        { provider: 'AWS', amount: 1_000_000n },
      ]);
    });

    it('keys an import by the file key its writer answers, e.g. a content hash', async () => {
      const store = await createStore();
      for (const amount of [5n, 6n]) {
        const id = await store.startImport('upload', 'pending', '1 B');
        await store.writeImport(id, async write => {
          await write([line('2026-11-01', amount)]);
          return { keep: true, fileKey: 'sha256:same' };
        });
        await store.finishImport(id, {
          status: 'succeeded',
          rowsAccepted: 1,
          rowsRejected: 0,
        });
      }

      const sums = await store.sums([GATEWAY], '2026-11-01', '2026-11-30');
      expect(sums.daily).toEqual([{ day: '2026-11-01', amount: 6n }]);
      expect(await store.lastFingerprint('upload', 'sha256:same')).toBe('1 B');
      expect(await store.lastFingerprint('upload', 'pending')).toBeUndefined();
    });

    it('records how an import ended', async () => {
      const store = await createStore();
      const id = await store.startImport('upload', 'sha256:abc');
      expect(await store.getImport(id)).toEqual({
        id,
        source: 'upload',
        fileKey: 'sha256:abc',
        status: 'running',
        startedAt: expect.any(String),
        rowsAccepted: 0,
        rowsRejected: 0,
      });

      await store.finishImport(id, {
        status: 'rejected',
        rowsAccepted: 3,
        rowsRejected: 1,
        error: 'line 4: EffectiveCost is empty',
      });

      expect(await store.getImport(id)).toEqual(
        expect.objectContaining({
          status: 'rejected',
          finishedAt: expect.any(String),
          rowsAccepted: 3,
          rowsRejected: 1,
          error: 'line 4: EffectiveCost is empty',
        }),
      );
      expect(await store.getImport('no-such-import')).toBeUndefined();
    });

    it('keeps the budget levels notified per entity and month, raising them in place', async () => {
      const store = await createStore();
      const ref = 'component:default/orchestrator';

      await store.saveBudgetNotice(ref, {
        month: '2026-11',
        status: 'ok',
        forecastStatus: 'warning',
      });
      await store.saveBudgetNotice(ref, {
        month: '2026-11',
        status: 'critical',
        forecastStatus: 'critical',
      });
      await store.saveBudgetNotice(ref, {
        month: '2026-12',
        status: 'ok',
        forecastStatus: 'ok',
      });

      expect(await store.budgetNotices('2026-11')).toEqual(
        new Map([
          [
            ref,
            {
              month: '2026-11',
              status: 'critical',
              forecastStatus: 'critical',
            },
          ],
        ]),
      );
      expect((await store.budgetNotices('2026-12')).get(ref)?.status).toBe(
        'ok',
      );
      expect(await store.budgetNotices('2027-01')).toEqual(new Map());
    });
  },
);
