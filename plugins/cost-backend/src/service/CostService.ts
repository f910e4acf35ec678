import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  BudgetThresholds,
  budgetStatus,
  CostEntityResponse,
  CostGroupBy,
  CostOverviewResponse,
  formatAmount,
  MONTHLY_BUDGET_ANNOTATION,
  Nanos,
  parseMonthlyBudget,
  previousPeriod,
  sumAmounts,
} from '@internal/plugin-cost-common';
import { CostStore, CostSums } from '../database/CostStore';
import { byAmountDescending, mergeSums, shareOf } from './costSums';
import { buildOverview, EntityFacts } from './overview';

/** The Resources an entity `dependsOn`: their cost rolls up into its own. */
export function dependedOnResources(entity: Entity): string[] {
  return (entity.relations ?? [])
    .filter(
      relation =>
        relation.type === 'dependsOn' &&
        parseEntityRef(relation.targetRef).kind === 'resource',
    )
    .map(relation => relation.targetRef);
}

/**
 * An entity's cost: its own lines plus its share of the Resources it
 * depends on (a Resource that N entities depend on adds 1/N of its cost to
 * each), by day, provider and resource, and its month-to-date spend against
 * `agent-platform.io/monthly-budget` with the month-end forecast.
 */
export class CostService {
  constructor(
    private readonly options: {
      store: CostStore;
      /** How many entities depend on a Resource: each gets that share of its cost. */
      dependents: (resourceRef: string) => Promise<number>;
      thresholds: BudgetThresholds;
      /** The organisation's monthly budget, if any */
      organizationBudget?: Nanos;
      /** The currency of an entity without cost lines. */
      currency: string;
      today?: () => string;
    },
  ) {}

  /** The entity's own sums plus its share of each Resource it depends on. */
  private async rolledUp(
    entityRef: string,
    shares: Map<string, number>,
    from: string,
    to: string,
  ): Promise<CostSums> {
    const { store } = this.options;
    return mergeSums(
      await Promise.all([
        store.sums([entityRef], from, to),
        ...[...shares].map(async ([ref, parts]) =>
          shareOf(await store.sums([ref], from, to), parts),
        ),
      ]),
    );
  }

  /**
   * The organisation's costs from `from` to `to`, grouped by `groupBy`,
   * with `entities` from the catalog; see {@link buildOverview}.
   */
  async overview(
    from: string,
    to: string,
    groupBy: CostGroupBy,
    entities: EntityFacts[],
  ): Promise<CostOverviewResponse> {
    const { store } = this.options;
    const today = this.today();
    const before = previousPeriod(from, to);
    const [current, previous, monthToDate] = await Promise.all([
      store.overviewSums(from, to),
      store.overviewSums(before.from, before.to),
      store.overviewSums(`${today.slice(0, 7)}-01`, today),
    ]);
    const currencies = [
      ...new Set([...current.currencies, ...monthToDate.currencies]),
    ];
    if (currencies.length > 1) {
      throw new Error(
        `The organisation's costs are in several currencies (${currencies.join(
          ', ',
        )}); import each source in the one billing currency`,
      );
    }
    return buildOverview({
      from,
      to,
      groupBy,
      currency: currencies[0] ?? this.options.currency,
      today,
      thresholds: this.options.thresholds,
      organizationBudget: this.options.organizationBudget,
      current,
      previous,
      monthToDate,
      entities,
    });
  }

  /** Today as the UTC day `YYYY-MM-DD`. */
  today(): string {
    return this.options.today?.() ?? new Date().toISOString().slice(0, 10);
  }

  async entityCost(
    entity: Entity,
    from: string,
    to: string,
  ): Promise<CostEntityResponse> {
    const { thresholds } = this.options;
    const entityRef = stringifyEntityRef(entity);
    const today = this.today();
    const month = today.slice(0, 7);
    const annotation = entity.metadata.annotations?.[MONTHLY_BUDGET_ANNOTATION];
    const budget = annotation ? parseMonthlyBudget(annotation) : undefined;
    const shares = new Map(
      await Promise.all(
        dependedOnResources(entity).map(
          async ref => [ref, await this.options.dependents(ref)] as const,
        ),
      ),
    );
    const [sums, monthSums] = await Promise.all([
      this.rolledUp(entityRef, shares, from, to),
      budget
        ? this.rolledUp(entityRef, shares, `${month}-01`, today)
        : undefined,
    ]);
    const currencies = [
      ...new Set([...sums.currencies, ...(monthSums?.currencies ?? [])]),
    ];
    if (currencies.length > 1) {
      throw new Error(
        `The costs of ${entityRef} are in several currencies (${currencies.join(
          ', ',
        )}); import each source in the one billing currency`,
      );
    }
    const currency = currencies[0] ?? budget?.currency ?? this.options.currency;
    return {
      entityRef,
      currency,
      from,
      to,
      total: formatAmount(sumAmounts(sums.daily.map(d => d.amount))),
      daily: sums.daily.map(d => ({
        date: d.day,
        amount: formatAmount(d.amount),
      })),
      byProvider: sums.byProvider
        .sort(byAmountDescending)
        .map(p => ({ provider: p.provider, amount: formatAmount(p.amount) })),
      byResource: sums.byResource.sort(byAmountDescending).map(r => ({
        resourceId: r.resourceId ?? '',
        ...(r.resourceName ? { resourceName: r.resourceName } : {}),
        ...(r.entityRef && r.entityRef !== entityRef
          ? { entityRef: r.entityRef }
          : {}),
        provider: r.provider,
        amount: formatAmount(r.amount),
      })),
      ...(budget && monthSums
        ? {
            budget: budgetStatus({
              monthly: budget.amount,
              daily: monthSums.daily.map(d => ({
                date: d.day,
                amount: d.amount,
              })),
              month,
              today,
              thresholds,
            }),
          }
        : {}),
    };
  }
}
