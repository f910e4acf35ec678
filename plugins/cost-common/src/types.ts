/**
 * An exact amount as decimal text, such as `"1234.5"` or `"-0.000000001"`:
 * never a JSON number, so no client rounds it. Written by `formatAmount`,
 * read back with `parseAmount`. Always in the response's `currency`.
 */
export type DecimalAmount = string;

/** One day's cost. */
export interface DailyCost {
  /** `YYYY-MM-DD`, the UTC day of the charges' `ChargePeriodStart` */
  date: string;
  amount: DecimalAmount;
}

/** Where a budget stands: `ok` below the warning threshold, then `warning`, then `critical`. */
export type BudgetLevel = 'ok' | 'warning' | 'critical';

/** A budget threshold that can be crossed. */
export type BudgetThreshold = Exclude<BudgetLevel, 'ok'>;

/** What is compared with the budget: the spend so far, or the month-end forecast. */
export type BudgetBasis = 'spent' | 'forecast';

/** Thresholds as fractions of the monthly budget: 0.8 is 80 %. */
export interface BudgetThresholds {
  warning: number;
  critical: number;
}

/** A monthly budget and the month's spend against it. */
export interface BudgetStatus {
  /** `YYYY-MM`, a UTC calendar month */
  month: string;
  /** The monthly budget (`agent-platform.io/monthly-budget`) */
  monthly: DecimalAmount;
  /** Spent from the 1st of the month up to and including today */
  spentMonthToDate: DecimalAmount;
  /** The projected spend at month end; see {@link BudgetStatus.forecastMethod}. Equal to the spend for a past month. */
  forecastMonthEnd: DecimalAmount;
  /**
   * How the forecast is made: the month-to-date spend per elapsed day
   * (today included) carried over the remaining days, except one-time
   * charges and charges for more than a day (a monthly fee), counted once.
   */
  forecastMethod: 'run-rate-plus-fixed-charges';
  /** spentMonthToDate ÷ monthly, e.g. 0.62 */
  ratio: number;
  /** forecastMonthEnd ÷ monthly */
  forecastRatio: number;
  /** The level reached by the spend so far */
  status: BudgetLevel;
  /** The level the forecast reaches */
  forecastStatus: BudgetLevel;
  /** The thresholds the levels were judged by (default 0.8 and 0.96) */
  thresholds: BudgetThresholds;
}

/** Spend on one provider (FOCUS `ProviderName`, or `ServiceProviderName`). */
export interface ProviderCost {
  /** e.g. `AWS`, `Railway` */
  provider: string;
  amount: DecimalAmount;
}

/** Spend on one billed resource. */
export interface ResourceCost {
  /** FOCUS `ResourceId`, e.g. an ARN */
  resourceId: string;
  /** FOCUS `ResourceName`, when the bill names it */
  resourceName?: string;
  /**
   * The catalog Resource (a `dependsOn` of the entity) this cost rolled up
   * from; absent when it was attributed to the entity itself.
   */
  entityRef?: string;
  provider: string;
  amount: DecimalAmount;
}

/** `GET /api/cost/v1/entity?entityRef=&from=&to=` */
export interface CostEntityResponse {
  /** e.g. `component:default/api-gateway` */
  entityRef: string;
  /** ISO 4217, e.g. `USD`: the currency of every amount in the response */
  currency: string;
  /** First day, `YYYY-MM-DD`, included */
  from: string;
  /** Last day, `YYYY-MM-DD`, included */
  to: string;
  /** Spend over the whole period, the entity's Resources included */
  total: DecimalAmount;
  /** One entry per day of the period, zero days included, oldest first */
  daily: DailyCost[];
  /** Largest first */
  byProvider: ProviderCost[];
  /** Largest first */
  byResource: ResourceCost[];
  /** The current month against the entity's monthly budget, when it has one */
  budget?: BudgetStatus;
}

/** The groupings of the overview, in order; the first is the default. */
export const COST_GROUP_BYS = ['team', 'service', 'provider'] as const;

/** How the overview groups spend. */
export type CostGroupBy = (typeof COST_GROUP_BYS)[number];

/** One group of the overview: a team, a service or a provider. */
export interface CostGroup {
  /** Stable identity: the entity ref for teams and services, the name for providers */
  key: string;
  /** What to show: the entity's title or name, or the provider */
  label: string;
  /** The catalog entity, for teams and services */
  entityRef?: string;
  /** Spend over the period */
  amount: DecimalAmount;
  /** The current month against the group's monthly budget, when it has one */
  budget?: BudgetStatus;
}

/** A group whose spend changed most against the previous period of the same length. */
export interface CostMover {
  /** As {@link CostGroup.key} */
  key: string;
  label: string;
  entityRef?: string;
  /** Spend over the period */
  amount: DecimalAmount;
  /** Spend over the previous period of the same length */
  previousAmount: DecimalAmount;
  /** amount − previousAmount (negative when spend fell) */
  change: DecimalAmount;
  /** change ÷ |previousAmount|, e.g. 0.25 for +25 %; null when previousAmount is 0 */
  changeRatio: number | null;
}

/** A budget threshold crossed this month. */
export interface BudgetAlert {
  /** The entity whose budget it is */
  entityRef: string;
  threshold: BudgetThreshold;
  basis: BudgetBasis;
  /** `YYYY-MM` */
  month: string;
  /** spent (or forecast) ÷ monthly budget */
  ratio: number;
}

/** `GET /api/cost/v1/overview?from=&to=&groupBy=team|service|provider` */
export interface CostOverviewResponse {
  /** ISO 4217: the currency of every amount in the response */
  currency: string;
  /** First day, `YYYY-MM-DD`, included */
  from: string;
  /** Last day, `YYYY-MM-DD`, included */
  to: string;
  groupBy: CostGroupBy;
  /** All spend over the period, unallocated included */
  total: DecimalAmount;
  /** Spend no entity's cost tags matched */
  unallocated: DecimalAmount;
  /** One entry per day of the period, zero days included, oldest first */
  daily: DailyCost[];
  /** Largest first; unallocated spend is not a group */
  groups: CostGroup[];
  /** The current month against the organization's budget, when one is configured */
  organizationBudget?: BudgetStatus;
  /** Largest absolute change first */
  topMovers: CostMover[];
  /** Thresholds crossed in the current month */
  alerts: BudgetAlert[];
}

/** One rejected line of an import. */
export interface ImportRowError {
  /** Line number in the file, the header being line 1 */
  line: number;
  /** Why the line was rejected, e.g. `EffectiveCost: "12,50" is not a decimal number…` */
  message: string;
}

/** `POST /api/cost/v1/imports` (a FOCUS CSV file) */
export interface ImportResponse {
  /** Identifies the import */
  importId: string;
  /** Rows stored */
  rowsAccepted: number;
  /** Rows refused */
  rowsRejected: number;
  /** Why rows were refused, in file order */
  errors: ImportRowError[];
}
