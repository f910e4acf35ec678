import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  BudgetStatus,
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
import {
  EntityMonth,
  entityMonths,
  monthStatus,
  totalSpend,
} from './entityBudgets';
import { buildOverview, EntityFacts } from './overview';

/** This month so far; see {@link CostService.monthToDate}. */
export interface MonthToDate {
  /** `YYYY-MM` */
  month: string;
  currency: string;
  /** Every line's spend, unallocated included */
  total: Nanos;
  unallocated: Nanos;
  /** The total against `cost.budgets.organization`, when configured */
  organizationBudget?: BudgetStatus;
  entities: EntityMonth[];
}

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
      /** Teams' monthly budgets by group ref, replacing the sum of their entities' */
      groupBudgets?: ReadonlyMap<string, Nanos>;
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
    return buildOverview({
      from,
      to,
      groupBy,
      currency:
        this.currencyOf([current, monthToDate], "The organisation's costs") ??
        this.options.currency,
      today,
      thresholds: this.options.thresholds,
      organizationBudget: this.options.organizationBudget,
      groupBudgets: this.options.groupBudgets,
      current,
      previous,
      monthToDate,
      entities,
    });
  }

  /**
   * This month up to today: the total, the unallocated spend, and every
   * entity of `entities` as its Costs tab counts it, with its budget.
   */
  async monthToDate(entities: EntityFacts[]): Promise<MonthToDate> {
    const today = this.today();
    const sums = await this.options.store.overviewSums(
      `${today.slice(0, 7)}-01`,
      today,
    );
    const { organizationBudget, thresholds } = this.options;
    const total = sumAmounts(sums.daily.map(d => d.amount));
    return {
      month: today.slice(0, 7),
      currency:
        this.currencyOf([sums], "The organisation's costs") ??
        this.options.currency,
      total,
      unallocated: sumAmounts(
        sums.byEntity.filter(e => !e.entityRef).map(e => e.amount),
      ),
      ...(organizationBudget
        ? {
            organizationBudget: monthStatus(
              organizationBudget,
              totalSpend(sums.byEntity),
              today,
              thresholds,
            ),
          }
        : {}),
      entities: entityMonths({
        entities,
        monthToDate: sums,
        today,
        thresholds,
      }),
    };
  }

  /** The one currency of `sums` (the default when they are empty); throws on several. */
  private currencyOf(sums: Array<{ currencies: string[] }>, what: string) {
    const currencies = [...new Set(sums.flatMap(s => s.currencies))];
    if (currencies.length > 1) {
      throw new Error(
        `${what} are in several currencies (${currencies.join(
          ', ',
        )}); import each source in the one billing currency`,
      );
    }
    return currencies[0];
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
    const currency =
      this.currencyOf(
        [sums, ...(monthSums ? [monthSums] : [])],
        `The costs of ${entityRef}`,
      ) ??
      budget?.currency ??
      this.options.currency;
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
              fixed: monthSums.fixed,
              month,
              today,
              thresholds,
            }),
          }
        : {}),
    };
  }
}
