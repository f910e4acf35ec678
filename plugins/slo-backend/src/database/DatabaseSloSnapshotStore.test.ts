import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSloSnapshotStore } from './DatabaseSloSnapshotStore';
import { SloSnapshot } from './SloSnapshotStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

function snapshot(date: string, sli: number | null): SloSnapshot {
  return {
    entityRef: 'component:default/api-gateway',
    sloId: './slo.yaml#availability',
    date,
    source: 'openslo',
    objective: 0.995,
    sli,
    // (sli − 0.995) / 0.005
    errorBudgetRemaining: sli === null ? null : (sli - 0.995) / 0.005,
    recordedAt: Date.parse(`${date}T23:00:00Z`),
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseSloSnapshotStore on %s',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      return DatabaseSloSnapshotStore.create(
        mockServices.database({ knex, migrations: { skip: false } }),
      );
    }

    it('keeps one snapshot per SLO and day, the latest winning', async () => {
      const store = await createStore();
      await store.upsert([
        snapshot('2026-11-01', 0.999),
        snapshot('2026-11-02', 0.996),
      ]);
      await store.upsert([
        {
          ...snapshot('2026-11-02', 0.994),
          recordedAt: Date.parse('2026-11-02T23:30:00Z'),
        },
      ]);

      const rows = await store.list({
        entityRef: 'component:default/api-gateway',
        sloId: './slo.yaml#availability',
        from: '2026-11-01',
        to: '2026-11-30',
      });
      expect(rows.map(r => [r.date, r.sli])).toEqual([
        ['2026-11-01', 0.999],
        ['2026-11-02', 0.994],
      ]);
      // (0.994 − 0.995) / 0.005 = −0.2
      expect(rows[1].errorBudgetRemaining).toBeCloseTo(-0.2, 10);
      expect(rows[1].recordedAt).toBe(Date.parse('2026-11-02T23:30:00Z'));
    });

    it('lists only the asked SLO within the inclusive date range, no data kept as null', async () => {
      const store = await createStore();
      await store.upsert([
        snapshot('2026-10-31', 0.999),
        snapshot('2026-11-01', null),
        snapshot('2026-11-02', 0.998),
        { ...snapshot('2026-11-01', 0.9), sloId: './slo.yaml#latency' },
      ]);
      const rows = await store.list({
        entityRef: 'component:default/api-gateway',
        sloId: './slo.yaml#availability',
        from: '2026-11-01',
        to: '2026-11-02',
      });
      expect(rows.map(r => [r.date, r.sli, r.errorBudgetRemaining])).toEqual([
        ['2026-11-01', null, null],
        ['2026-11-02', 0.998, expect.closeTo(0.6, 10)],
      ]);
    });

    it('deletes the days before a cut-off', async () => {
      const store = await createStore();
      await store.upsert([
        snapshot('2025-10-01', 0.999),
        snapshot('2026-11-01', 0.999),
      ]);
      expect(await store.deleteBefore('2025-11-22')).toBe(1);
      const rows = await store.list({
        entityRef: 'component:default/api-gateway',
        sloId: './slo.yaml#availability',
        from: '2000-01-01',
        to: '2100-01-01',
      });
      expect(rows.map(r => r.date)).toEqual(['2026-11-01']);
    });
  },
);
