import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { Slo } from '@internal/plugin-slo-common';
import { DatabaseSloSnapshotStore } from '../database/DatabaseSloSnapshotStore';
import { SloProvider } from '../providers/SloProvider';
import { evaluateSlo } from './evaluateSlo';
import { SloService } from './SloService';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc' },
  spec: {},
};

function slo(sli: number, now: number): Slo {
  return evaluateSlo(
    {
      id: 'a',
      name: 'Availability',
      source: 'openslo',
      indicator: 'availability',
      objective: 0.999,
      window: { type: 'rolling', duration: '30d' },
    },
    { sli, sliByWindow: {} },
    now,
  );
}

/** A provider whose answers the test scripts, counting the calls. */
function scriptedProvider() {
  const provider = {
    calls: 0,
    next: async (now: number) => ({ slos: [slo(0.9995, now)], problems: [] }),
    appliesTo: () => true,
    list: async (_entity: Entity, now: number) => {
      provider.calls++;
      return provider.next(now);
    },
    history: async () => undefined,
  };
  return provider as typeof provider & SloProvider;
}

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function createStore() {
  const knex = await databases.init('SQLITE_3');
  return DatabaseSloSnapshotStore.create(mockServices.database({ knex }));
}

async function service(
  provider: SloProvider,
  clock: { now: number },
  store?: DatabaseSloSnapshotStore,
) {
  return new SloService({
    store: store ?? (await createStore()),
    providers: { openslo: provider },
    cache: CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('slo'),
    logger: mockServices.logger.mock(),
    freshMs: 60_000,
    now: () => clock.now,
  });
}

describe('SloService', () => {
  it('shares one computation between concurrent requests for an entity', async () => {
    const provider = scriptedProvider();
    const slos = await service(provider, { now: 1_000_000 });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => slos.list(entity)),
    );
    expect(provider.calls).toBe(1);
    expect(answers.map(a => a.slos[0].sli)).toEqual(Array(5).fill(0.9995));
  });

  it('reuses a fresh answer and recomputes once it is older than freshMs', async () => {
    const provider = scriptedProvider();
    const clock = { now: 1_000_000 };
    const slos = await service(provider, clock);
    await slos.list(entity);
    clock.now += 59_000;
    await slos.list(entity);
    expect(provider.calls).toBe(1);
    clock.now += 2_000;
    await slos.list(entity);
    expect(provider.calls).toBe(2);
  });

  it('falls back to the last good answer, marked stale, when the source fails', async () => {
    const provider = scriptedProvider();
    const clock = { now: 1_000_000 };
    const slos = await service(provider, clock);
    await slos.list(entity);

    provider.next = async () => {
      throw new Error('Prometheus did not answer within 10000 ms');
    };
    clock.now += 120_000;
    const answer = await slos.list(entity);
    expect(answer.slos).toEqual([
      expect.objectContaining({
        sli: 0.9995,
        stale: true,
        error: 'Prometheus did not answer within 10000 ms',
        updatedAt: new Date(1_000_000).toISOString(),
      }),
    ]);
    expect(answer.errors).toEqual([
      {
        source: 'openslo',
        message: 'Prometheus did not answer within 10000 ms',
      },
    ]);
  });

  it('reports the failure alone when there is no good answer to fall back on', async () => {
    const provider = scriptedProvider();
    provider.next = async () => {
      throw new Error('connection refused');
    };
    const answer = await (await service(provider, { now: 0 })).list(entity);
    expect(answer).toEqual({
      entityRef: 'component:default/svc',
      slos: [],
      errors: [{ source: 'openslo', message: 'connection refused' }],
    });
  });

  it('fills the history from stored snapshots while the source is down', async () => {
    const provider = scriptedProvider();
    const clock = { now: Date.UTC(2026, 10, 2, 12) };
    const store = await createStore();
    const slos = await service(provider, clock, store);
    await store.upsert([
      {
        entityRef: 'component:default/svc',
        sloId: 'a',
        date: '2026-11-01',
        source: 'openslo',
        objective: 0.999,
        sli: 0.9996,
        errorBudgetRemaining: 0.6, // (0.9996 − 0.999) / 0.001
        recordedAt: Date.UTC(2026, 10, 1, 23),
      },
    ]);
    provider.history = async () => {
      throw new Error('connection refused');
    };
    const points = await slos.history(entity, 'a', {
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 2),
    });
    expect(points).toEqual([
      { date: '2026-11-01', sli: 0.9996, errorBudgetRemaining: 0.6 },
    ]);
    expect(
      await slos.history(entity, 'unknown', { from: 0, to: 0 }),
    ).toBeUndefined();
  });
});
