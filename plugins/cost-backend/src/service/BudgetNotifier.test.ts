import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { DatabaseCostStore } from '../database/DatabaseCostStore';
import { BudgetNotifier } from './BudgetNotifier';
import { CostService } from './CostService';
import { EntityFacts } from './overview';

const U = 1_000_000_000n; // one dollar in nanos
const ORCHESTRATOR = 'component:default/orchestrator';
const ORPHAN = 'component:default/orphan';
const AGENTS = 'group:default/agents-team';

const entities: EntityFacts[] = [
  {
    entityRef: ORCHESTRATOR,
    label: 'Orchestrator',
    owner: AGENTS,
    monthlyBudget: 100n * U,
    dependsOn: [],
    dependents: 0,
  },
  {
    entityRef: ORPHAN,
    label: 'orphan',
    monthlyBudget: 10n * U,
    dependsOn: [],
    dependents: 0,
  },
];

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function setup() {
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseCostStore.create(
    mockServices.database({ knex, migrations: { skip: false } }),
  );
  let today = '';
  const sent: NotificationSendOptions[] = [];
  let failing = false;
  const logger = mockServices.logger.mock();
  const notifier = new BudgetNotifier({
    costs: new CostService({
      store,
      dependents: async () => 1,
      currency: 'USD',
      thresholds: { warning: 0.8, critical: 0.96 },
      today: () => today,
    }),
    store,
    logger,
    entities: async () => entities,
    notifications: {
      send: async options => {
        if (failing) throw new Error('notifications backend unavailable');
        sent.push(options);
      },
    },
  });
  let imports = 0;
  return {
    sent,
    logger,
    failOnSend: (fail: boolean) => {
      failing = fail;
    },
    /** Spends `dollars` on `day` (the new today) and runs the notifier. */
    spend: async (day: string, dollars: bigint, entityRef = ORCHESTRATOR) => {
      today = day;
      const id = await store.startImport('test', `file-${(imports += 1)}`);
      await store.writeImport(id, async write => {
        await write([
          {
            day,
            entityRef,
            provider: 'AWS',
            serviceCategory: 'Compute',
            currency: 'USD',
            amount: dollars * U,
          },
        ]);
        return { keep: true };
      });
      return notifier.run();
    },
  };
}

describe('BudgetNotifier', () => {
  it('tells the owning group once per threshold and basis per month', async () => {
    const { sent, spend } = await setup();

    // 30 of 100 after 10 days: forecast 30 × 30 ÷ 10 = 90 → warning
    expect(await spend('2026-11-10', 30n)).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: AGENTS },
        payload: {
          title: 'Orchestrator is on course for 90 % of its monthly budget',
          description:
            "$30.00 of $100.00 spent in November 2026 so far; $90.00 forecast by the month's end (daily run rate, fixed charges once). The warning threshold is 80 %.",
          link: '/catalog/default/component/orchestrator/costs',
          severity: 'high',
          topic: 'cost-budget',
          scope: `cost-budget:${ORCHESTRATOR}:2026-11`,
        },
      },
    ]);
    // nothing new: nothing sent
    expect(await spend('2026-11-10', 0n)).toEqual({ sent: 0, failed: 0 });

    // 85 spent on the 12th (warning); forecast 85 × 30 ÷ 12 = 212.5 (critical)
    await spend('2026-11-12', 55n);
    expect(sent[1].payload).toEqual(
      expect.objectContaining({
        title: 'Orchestrator has spent 85 % of its monthly budget',
        severity: 'high',
      }),
    );
    // a credit takes it back under 80 %, then it rises to 90 %: not again
    await spend('2026-11-12', -10n);
    await spend('2026-11-12', 15n);
    expect(sent).toHaveLength(2);

    // 100 of 100: critical by spend
    await spend('2026-11-13', 10n);
    expect(sent[2].payload).toEqual(
      expect.objectContaining({
        title: 'Orchestrator has spent 100 % of its monthly budget',
        severity: 'critical',
      }),
    );
    await spend('2026-11-20', 1n);
    expect(sent).toHaveLength(3);

    // a new month starts afresh: 90 on the 1st of December
    await spend('2026-12-01', 90n);
    expect(sent[3].payload).toEqual(
      expect.objectContaining({
        title: 'Orchestrator has spent 90 % of its monthly budget',
        scope: `cost-budget:${ORCHESTRATOR}:2026-12`,
      }),
    );
  });

  it('tries again next run when sending fails, and logs a crossing nobody owns', async () => {
    const { sent, spend, failOnSend, logger } = await setup();

    failOnSend(true);
    expect(await spend('2026-11-29', 97n)).toEqual({ sent: 0, failed: 1 });
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not notify group:default/agents-team that Orchestrator has spent 97 % of its monthly budget: notifications backend unavailable',
    );

    failOnSend(false);
    expect(await spend('2026-11-29', 0n)).toEqual({ sent: 1, failed: 0 });
    expect(sent[0].payload.severity).toBe('critical');

    await spend('2026-11-29', 9n, ORPHAN);
    expect(sent).toHaveLength(1);
    expect(logger.warn).toHaveBeenLastCalledWith(
      'orphan has spent 90 % of its monthly budget, and it has no owner to notify',
    );
    await spend('2026-11-29', 0n, ORPHAN);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
