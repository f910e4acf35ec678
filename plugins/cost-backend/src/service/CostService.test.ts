import { Entity } from '@backstage/catalog-model';
import { CostStore, CostSums } from '../database/CostStore';
import { CostService } from './CostService';

const GATEWAY: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    namespace: 'default',
    annotations: { 'agent-platform.io/monthly-budget': '120' },
  },
  relations: [
    { type: 'dependsOn', targetRef: 'resource:default/agent-platform-db' },
    { type: 'dependsOn', targetRef: 'component:default/auth' },
  ],
};

const UNIT = 1_000_000_000n;

/** A store whose lines are `sums` by entity, recording which entities were asked for. */
function fakeStore(
  byEntity: Record<string, Partial<CostSums>>,
  asked: string[][] = [],
) {
  const store: Pick<CostStore, 'sums'> = {
    sums: async refs => {
      asked.push(refs);
      return {
        daily: [],
        byProvider: [],
        byResource: [],
        currencies: ['USD'],
        fixed: 0n,
        ...byEntity[refs[0]],
      };
    },
  };
  return store as CostStore;
}

/** Three entities depend on the database. */
const service = (store: CostStore) =>
  new CostService({
    store,
    dependents: async () => 3,
    currency: 'USD',
    thresholds: { warning: 0.8, critical: 0.96 },
    today: () => '2026-11-10',
  });

describe('CostService', () => {
  it('adds the Resources the entity depends on, and measures the month against its budget', async () => {
    const asked: string[][] = [];
    // 96.40 over the first 10 days of November, and a database of 3.00
    // a day shared by three entities
    const store = fakeStore(
      {
        'component:default/api-gateway': {
          daily: [
            { day: '2026-11-01', amount: 50n * UNIT },
            { day: '2026-11-10', amount: 46_400_000_000n },
          ],
        },
        'resource:default/agent-platform-db': {
          daily: [{ day: '2026-11-10', amount: 3n * UNIT }],
        },
      },
      asked,
    );

    const cost = await service(store).entityCost(
      GATEWAY,
      '2026-11-01',
      '2026-11-10',
    );

    // a dependsOn Component is not rolled up: only Resources are
    expect(new Set(asked.flat())).toEqual(
      new Set([
        'component:default/api-gateway',
        'resource:default/agent-platform-db',
      ]),
    );
    // 96.40 + 3.00 ÷ 3
    expect(cost.total).toBe('97.4');
    expect(cost.daily).toEqual([
      { date: '2026-11-01', amount: '50' },
      { date: '2026-11-10', amount: '47.4' },
    ]);
    expect(cost.budget).toEqual({
      month: '2026-11',
      monthly: '120',
      spentMonthToDate: '97.4',
      // 97.40 × 30 days ÷ 10 days elapsed
      forecastMonthEnd: '292.2',
      forecastMethod: 'run-rate-plus-fixed-charges',
      // 97.40 ÷ 120
      ratio: expect.closeTo(0.81167, 5),
      // 292.20 ÷ 120
      forecastRatio: expect.closeTo(2.435, 5),
      status: 'warning',
      forecastStatus: 'critical',
      thresholds: { warning: 0.8, critical: 0.96 },
    });
  });

  it('counts fixed charges once in the forecast, its share of the Resources’ too', async () => {
    // as above, with a 30.00 fee among the gateway's 96.40 and the
    // database's 3.00 all fixed (a third of it the gateway's)
    const store = fakeStore({
      'component:default/api-gateway': {
        daily: [{ day: '2026-11-01', amount: 96_400_000_000n }],
        fixed: 30n * UNIT,
      },
      'resource:default/agent-platform-db': {
        daily: [{ day: '2026-11-01', amount: 3n * UNIT }],
        fixed: 3n * UNIT,
      },
    });

    const { budget } = await service(store).entityCost(
      GATEWAY,
      '2026-11-01',
      '2026-11-10',
    );

    // fixed 30 + 1 = 31; the other 66.40 × 30 ÷ 10 = 199.20; 31 + 199.20
    expect(budget?.spentMonthToDate).toBe('97.4');
    expect(budget?.forecastMonthEnd).toBe('230.2');
  });

  it('has no budget without the annotation, and says so when currencies differ', async () => {
    const plain = {
      ...GATEWAY,
      metadata: { name: 'plain', namespace: 'default' },
    };
    expect(
      (
        await service(fakeStore({})).entityCost(
          plain,
          '2026-11-01',
          '2026-11-10',
        )
      ).budget,
    ).toBeUndefined();

    await expect(
      service(
        fakeStore({
          'resource:default/agent-platform-db': { currencies: ['EUR'] },
        }),
      ).entityCost(GATEWAY, '2026-11-01', '2026-11-10'),
    ).rejects.toThrow(
      'The costs of component:default/api-gateway are in several currencies (EUR, USD)',
    );
  });
});
