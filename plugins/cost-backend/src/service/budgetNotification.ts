import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  BudgetStatus,
  CrossedThreshold,
  formatBudgetPercent,
  formatMoney,
} from '@internal/plugin-cost-common';

/** The topic budget notifications are filed under, for users' settings. */
export const BUDGET_NOTIFICATION_TOPIC = 'cost-budget';

/**
 * What the entity's owners are told when its budget crosses thresholds:
 * the spend crossing if there is one, else the forecast's, the higher
 * threshold of either. One notification per entity and month (its
 * `scope`), so a later threshold updates it instead of adding another.
 */
export function budgetNotification(input: {
  entityRef: string;
  label: string;
  currency: string;
  budget: BudgetStatus;
  /** Non-empty, as {@link crossedThresholds} lists them */
  crossed: CrossedThreshold[];
}): NotificationPayload {
  const { entityRef, label, currency, budget } = input;
  const spent = input.crossed.filter(c => c.basis === 'spent');
  const candidates = spent.length ? spent : input.crossed;
  const { threshold, basis } =
    candidates.find(c => c.threshold === 'critical') ?? candidates[0];
  const money = (amount: string) => formatMoney(amount, currency);
  const month = new Date(`${budget.month}-01T00:00:00Z`).toLocaleDateString(
    'en-US',
    { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const title =
    basis === 'spent'
      ? `${label} has spent ${formatBudgetPercent(
          budget.ratio,
        )} of its monthly budget`
      : `${label} is on course for ${formatBudgetPercent(
          budget.forecastRatio,
        )} of its monthly budget`;
  return {
    title,
    description:
      `${money(budget.spentMonthToDate)} of ${money(
        budget.monthly,
      )} spent in ${month} so far; ${money(
        budget.forecastMonthEnd,
      )} forecast by the month's end (daily run rate, fixed charges once). ` +
      `The ${threshold} threshold is ${formatBudgetPercent(
        budget.thresholds[threshold],
      )}.`,
    link: `/catalog/${namespace}/${kind.toLocaleLowerCase(
      'en-US',
    )}/${name}/costs`,
    severity: threshold === 'critical' ? 'critical' : 'high',
    topic: BUDGET_NOTIFICATION_TOPIC,
    scope: `cost-budget:${entityRef}:${budget.month}`,
  };
}
