import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseSloSnapshotStore } from '../database/DatabaseSloSnapshotStore';
import { evaluateSlo } from './evaluateSlo';
import { recordSnapshots } from './recordSnapshots';
import { SloService } from './SloService';

const NOW = Date.UTC(2026, 10, 22, 18);
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'team' },
  };
}

describe('recordSnapshots', () => {
  it("stores today's figures of every annotated entity and drops expired days", async () => {
    const store = await DatabaseSloSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    await store.upsert([
      {
        entityRef: 'component:default/old',
        sloId: 'x',
        date: '2025-01-01',
        source: 'openslo',
        objective: 0.99,
        sli: 1,
        errorBudgetRemaining: 1,
        recordedAt: Date.UTC(2025, 0, 1),
      },
    ]);
    const listed: string[] = [];
    const slos = new SloService({
      providers: {
        openslo: {
          appliesTo: () => true,
          list: async (entity, now) => {
            listed.push(entity.metadata.name);
            if (entity.metadata.name === 'broken') throw new Error('boom');
            const slo = evaluateSlo(
              {
                id: `${entity.metadata.name}#availability`,
                name: 'Availability',
                source: 'openslo',
                indicator: 'availability',
                objective: 0.99,
                window: { type: 'rolling', duration: '30d' },
              },
              { sli: 0.995, sliByWindow: {} },
              now,
            );
            return { slos: [slo], problems: [] };
          },
          history: async () => undefined,
        },
      },
      cache: mockServices.cache.mock(),
      store,
      logger: mockServices.logger.mock(),
      freshMs: 0,
      now: () => NOW,
    });

    const result = await recordSnapshots({
      catalog: catalogServiceMock({
        entities: [
          component('spec', { 'agent-platform.io/slo-spec': './slo.yaml' }),
          component('selector', {
            'grafana.com/slo-selector': 'service=selector',
          }),
          component('broken', { 'agent-platform.io/slo-spec': './slo.yaml' }),
          component('plain', {}),
        ],
      }),
      auth: mockServices.auth(),
      slos,
      store,
      logger: mockServices.logger.mock(),
      now: NOW,
      retentionDays: 400,
    });

    expect(listed.sort()).toEqual(['broken', 'selector', 'spec']);
    expect(result).toEqual({ entities: 3, snapshots: 2, deleted: 1 });
    const stored = await store.list({
      entityRef: 'component:default/spec',
      sloId: 'spec#availability',
      from: '2026-11-22',
      to: '2026-11-22',
    });
    // (0.995 − 0.99) / 0.01 = 0.5
    expect(stored).toEqual([
      expect.objectContaining({
        date: '2026-11-22',
        sli: 0.995,
        errorBudgetRemaining: 0.5,
      }),
    ]);
  });
});
