import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseScalingEventStore } from './DatabaseScalingEventStore';
import { ScalingEvent } from '@internal/plugin-autoscaling-common';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const GATEWAY = 'component:default/api-gateway';
const GATEWAY_HPA = 'sandbox/agents/api-gateway';

function event(
  time: string,
  to: number,
  extra: Partial<ScalingEvent> = {},
): ScalingEvent {
  return {
    time,
    workload: 'api-gateway',
    cluster: 'sandbox',
    namespace: 'agents',
    to,
    reason: 'cpu resource utilization (percentage of request) above target',
    source: 'kubernetes-event',
    ...extra,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseScalingEventStore on %s',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      return DatabaseScalingEventStore.create(
        mockServices.database({ knex, migrations: { skip: false } }),
      );
    }

    it('keeps each change once and lists an entity’s changes in a range, newest first', async () => {
      const store = await createStore();
      expect(
        await store.add(GATEWAY, [
          event('2026-11-20T10:00:00.000Z', 4, { from: 2 }),
          event('2026-11-20T10:05:00.000Z', 6),
        ]),
      ).toBe(2);
      // The same two again, seen by a later run, plus one new change, and
      // the same change of another entity.
      await store.add('component:default/opportunity-agent', [
        event('2026-11-20T10:09:00.000Z', 10),
      ]);
      expect(
        await store.add(GATEWAY, [
          event('2026-11-20T10:00:00.000Z', 4, { from: 2 }),
          event('2026-11-20T10:05:00.000Z', 6),
          event('2026-11-20T10:09:00.000Z', 10, {
            from: 6,
            atMax: true,
            source: 'prometheus',
            reason: 'cpu 96 % above its target 70 %',
          }),
        ]),
      ).toBe(1);

      const listed = await store.list(
        GATEWAY,
        Date.parse('2026-11-20T10:00:00Z'),
        Date.parse('2026-11-20T10:09:00Z'),
      );

      expect(listed).toEqual([
        {
          time: '2026-11-20T10:09:00.000Z',
          workload: 'api-gateway',
          cluster: 'sandbox',
          namespace: 'agents',
          from: 6,
          to: 10,
          reason: 'cpu 96 % above its target 70 %',
          source: 'prometheus',
          atMax: true,
        },
        {
          time: '2026-11-20T10:05:00.000Z',
          workload: 'api-gateway',
          cluster: 'sandbox',
          namespace: 'agents',
          to: 6,
          reason:
            'cpu resource utilization (percentage of request) above target',
          source: 'kubernetes-event',
          atMax: false,
        },
        {
          time: '2026-11-20T10:00:00.000Z',
          workload: 'api-gateway',
          cluster: 'sandbox',
          namespace: 'agents',
          from: 2,
          to: 4,
          reason:
            'cpu resource utilization (percentage of request) above target',
          source: 'kubernetes-event',
          atMax: false,
        },
      ]);
      expect(
        await store.list(
          GATEWAY,
          Date.parse('2026-11-20T10:01:00Z'),
          Date.parse('2026-11-20T10:08:00Z'),
        ),
      ).toHaveLength(1);
    });

    it('stores a policy workload without a cluster, and a reason of any length', async () => {
      const store = await createStore();
      const reason = `cpu 95 % is over 80 %, ${'memory 85 % is over 80 %, '.repeat(
        40,
      )}`;
      await store.add('component:default/inventory-backend', [
        event('2026-11-20T10:00:00.000Z', 2, {
          workload: 'inventory-backend',
          cluster: undefined,
          namespace: undefined,
          from: 1,
          reason,
          source: 'prometheus',
        }),
      ]);

      const [stored] = await store.list(
        'component:default/inventory-backend',
        0,
        Date.parse('2026-11-21T00:00:00Z'),
      );

      expect(stored).not.toHaveProperty('cluster');
      expect(stored).not.toHaveProperty('namespace');
      expect(stored.reason).toBe(reason);
    });

    it('adds many events at once', async () => {
      const store = await createStore();
      const start = Date.parse('2026-11-01T00:00:00Z');
      const many = Array.from({ length: 250 }, (_, i) =>
        event(new Date(start + i * 60_000).toISOString(), 2 + (i % 2)),
      );

      expect(await store.add(GATEWAY, many)).toBe(250);
      expect(
        await store.list(GATEWAY, start, start + 250 * 60_000),
      ).toHaveLength(250);
    });

    it('remembers how far each workload was read', async () => {
      const store = await createStore();
      expect(await store.readUntil(GATEWAY, GATEWAY_HPA)).toBeUndefined();

      await store.setReadUntil(GATEWAY, GATEWAY_HPA, 1_763_632_800_000);
      await store.setReadUntil(GATEWAY, GATEWAY_HPA, 1_763_633_100_000);

      expect(await store.readUntil(GATEWAY, GATEWAY_HPA)).toBe(
        1_763_633_100_000,
      );
      expect(
        await store.readUntil(GATEWAY, 'other/agents/api-gateway'),
      ).toBeUndefined();
    });

    it('deletes the events older than the retention', async () => {
      const store = await createStore();
      await store.add(GATEWAY, [
        event('2026-05-01T00:00:00.000Z', 3),
        event('2026-11-20T10:00:00.000Z', 4),
      ]);

      expect(await store.deleteBefore(Date.parse('2026-06-01T00:00:00Z'))).toBe(
        1,
      );
      expect(
        (await store.list(GATEWAY, 0, Date.parse('2027-01-01T00:00:00Z'))).map(
          e => e.to,
        ),
      ).toEqual([4]);
    });
  },
);
