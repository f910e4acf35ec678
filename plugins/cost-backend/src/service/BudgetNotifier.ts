import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { crossedThresholds, higherLevel } from '@internal/plugin-cost-common';
import { CostStore } from '../database/CostStore';
import { budgetNotification } from './budgetNotification';
import { CostService } from './CostService';
import { EntityFacts } from './overview';

/** What one run of {@link BudgetNotifier} did. */
export interface BudgetNotifierRun {
  /** Notifications sent */
  sent: number;
  /** Entities whose crossing could not be sent: tried again next run */
  failed: number;
}

/**
 * Tells an entity's owning group when its spend or forecast this month
 * crosses a budget threshold (80 % and 96 % by default), once per
 * threshold and basis per month: the levels notified are stored, so a
 * spend that falls back (a credit) and rises again is not announced twice,
 * and a new month starts afresh. Entities are measured as on their Costs
 * tab. An entity without an owner is logged instead.
 */
export class BudgetNotifier {
  constructor(
    private readonly options: {
      costs: CostService;
      store: CostStore;
      notifications: NotificationService;
      logger: LoggerService;
      entities: () => Promise<EntityFacts[]>;
    },
  ) {}

  async run(): Promise<BudgetNotifierRun> {
    const { costs, store, notifications, logger } = this.options;
    const month = await costs.monthToDate(await this.options.entities());
    const notices = await store.budgetNotices(month.month);
    const run: BudgetNotifierRun = { sent: 0, failed: 0 };
    for (const { facts, budget } of month.entities) {
      if (!budget) continue;
      const notice = notices.get(facts.entityRef);
      const crossed = crossedThresholds(notice, budget);
      if (crossed.length === 0) continue;
      const payload = budgetNotification({
        entityRef: facts.entityRef,
        label: facts.label,
        currency: month.currency,
        budget,
        crossed,
      });
      if (facts.owner) {
        try {
          await notifications.send({
            recipients: { type: 'entity', entityRef: facts.owner },
            payload,
          });
          run.sent += 1;
        } catch (error) {
          logger.warn(
            `Could not notify ${facts.owner} that ${payload.title}: ${
              (error as Error).message
            }`,
          );
          run.failed += 1;
          continue;
        }
      } else {
        logger.warn(`${payload.title}, and it has no owner to notify`);
      }
      await store.saveBudgetNotice(facts.entityRef, {
        month: month.month,
        status: higherLevel(notice?.status ?? 'ok', budget.status),
        forecastStatus: higherLevel(
          notice?.forecastStatus ?? 'ok',
          budget.forecastStatus,
        ),
      });
    }
    return run;
  }
}
