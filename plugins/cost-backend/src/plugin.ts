import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { isCurrencyCode } from '@internal/plugin-cost-common';
import { readBudgetsConfig } from './budgetsConfig';
import { DatabaseCostStore } from './database/DatabaseCostStore';
import { attributionTargets } from './ingestion/attributionTargets';
import { focusSourceRun } from './ingestion/focusSources';
import { importOpenCost } from './ingestion/opencost/importOpenCost';
import { OpenCostClient } from './ingestion/opencost/OpenCostClient';
import {
  OPENCOST_SOURCE,
  readOpenCostConfig,
} from './ingestion/opencost/openCostConfig';
import { createRouter } from './router';
import { BudgetNotifier } from './service/BudgetNotifier';
import { CostService } from './service/CostService';
import { entityFacts } from './service/entityFacts';
import { resourceDependents } from './service/resourceDependents';

/** Hourly, the first soon after start. */
const DEFAULT_SOURCE_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
  initialDelay: { seconds: 15 },
};

/** Every 30 minutes, the first a minute after start (after the first imports). */
const DEFAULT_NOTIFIER_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 5 },
  initialDelay: { minutes: 1 },
};

/**
 * The cost backend: daily cost lines imported from FOCUS billing files,
 * attributed to catalog entities by their cost tags, and each entity's
 * spend against its monthly budget, its owners notified when it crosses a
 * threshold.
 *
 * @public
 */
export const costPlugin = createBackendPlugin({
  pluginId: 'cost',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init({
        config,
        database,
        httpRouter,
        scheduler,
        notifications,
        ...deps
      }) {
        const root = config.getOptionalConfig('cost');
        const currency = root?.getOptionalString('currency') ?? 'USD';
        if (!isCurrencyCode(currency)) {
          throw new Error(
            `cost.currency must be an ISO 4217 code such as USD, not "${currency}"`,
          );
        }
        const store = await DatabaseCostStore.create(database);
        const costs = new CostService({
          store,
          ...readBudgetsConfig(root),
          dependents: resourceDependents(deps),
          currency,
        });
        const sources = root?.getOptionalConfigArray('sources') ?? [];
        const runs = sources.map((source, i) =>
          focusSourceRun(source, i, {
            store,
            logger: deps.logger,
            targets: () => attributionTargets(deps),
          }),
        );
        for (const [i, { name, run }] of runs.entries()) {
          const schedule = sources[i].getOptionalConfig('schedule');
          await scheduler.scheduleTask({
            id: `cost-import-${name}`,
            ...(schedule
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
              : DEFAULT_SOURCE_SCHEDULE),
            scope: 'global',
            fn: run,
          });
        }

        const opencost = readOpenCostConfig(root);
        if (opencost) {
          const client = new OpenCostClient(opencost);
          await scheduler.scheduleTask({
            id: 'cost-import-opencost',
            ...opencost.schedule,
            scope: 'global',
            fn: async () => {
              const summary = await importOpenCost({
                ...opencost,
                client,
                store,
                source: OPENCOST_SOURCE,
                currency,
                today: costs.today(),
                targets: await attributionTargets(deps),
              });
              deps.logger.info('OpenCost allocations imported', {
                ...summary,
              });
            },
          });
        }

        const notifier = new BudgetNotifier({
          costs,
          store,
          notifications,
          logger: deps.logger,
          entities: () => entityFacts(deps),
        });
        const notifierSchedule = root?.getOptionalConfig(
          'budgets.notifications.schedule',
        );
        await scheduler.scheduleTask({
          id: 'cost-budget-notifications',
          ...(notifierSchedule
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                notifierSchedule,
              )
            : DEFAULT_NOTIFIER_SCHEDULE),
          scope: 'global',
          fn: async () => {
            const run = await notifier.run();
            if (run.sent || run.failed) {
              deps.logger.info('Budget notifications sent', { ...run });
            }
          },
        });

        httpRouter.use(
          await createRouter({
            ...deps,
            store,
            costs,
            configuredSources: [
              ...runs.map(({ name }) => name),
              ...(opencost ? [OPENCOST_SOURCE] : []),
            ],
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
