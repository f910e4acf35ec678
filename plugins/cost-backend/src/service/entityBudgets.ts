import {
  BudgetAlert,
  BudgetStatus,
  BudgetThresholds,
  budgetStatus,
  Nanos,
  scaleAmount,
  sumAmounts,
} from '@internal/plugin-cost-common';
import { OverviewSums } from '../database/CostStore';
import { EntityFacts } from './overview';

/** This month's spend so far (its fixed part apart) against `monthly`, judged on `today`. */
export function monthStatus(
  monthly: Nanos,
  spent: Spend,
  today: string,
  thresholds: BudgetThresholds,
): BudgetStatus {
  return budgetStatus({
    monthly,
    daily: [{ date: today, amount: spent.amount }],
    fixed: spent.fixed,
    month: today.slice(0, 7),
    today,
    thresholds,
  });
}

/** Spend with its fixed part. */
export interface Spend {
  amount: Nanos;
  fixed: Nanos;
}

/** Several spends added up. */
export function totalSpend(spends: Iterable<Spend | undefined>): Spend {
  let amount = 0n;
  let fixed = 0n;
  for (const spend of spends) {
    amount += spend?.amount ?? 0n;
    fixed += spend?.fixed ?? 0n;
  }
  return { amount, fixed };
}

/** Each entity's spend this month, as its Costs tab counts it. */
export interface EntityMonth {
  facts: EntityFacts;
  /** Its own spend plus its share of the Resources it depends on */
  spent: Nanos;
  /** The fixed part of `spent` (one-time and longer-than-a-day charges) */
  fixed: Nanos;
  /** Where it stands against its monthly budget, when it has one */
  budget?: BudgetStatus;
}

/**
 * Every entity's month to date measured as on its Costs tab: its own
 * spend plus 1/N of each Resource it depends on (N: the Resource's
 * dependents), against its `agent-platform.io/monthly-budget`.
 */
export function entityMonths(input: {
  entities: EntityFacts[];
  /** This month up to today */
  monthToDate: OverviewSums;
  /** `YYYY-MM-DD`, UTC */
  today: string;
  thresholds: BudgetThresholds;
}): EntityMonth[] {
  const { entities, today, thresholds } = input;
  const own = new Map(
    input.monthToDate.byEntity.flatMap(e =>
      e.entityRef ? [[e.entityRef, e] as const] : [],
    ),
  );
  const dependents = new Map(entities.map(f => [f.entityRef, f.dependents]));
  const rolledUp = (facts: EntityFacts, part: 'amount' | 'fixed') =>
    (own.get(facts.entityRef)?.[part] ?? 0n) +
    sumAmounts(
      facts.dependsOn.map(ref =>
        scaleAmount(
          own.get(ref)?.[part] ?? 0n,
          1n,
          BigInt(Math.max(1, dependents.get(ref) ?? 1)),
        ),
      ),
    );
  return entities.map(facts => {
    const spent = {
      amount: rolledUp(facts, 'amount'),
      fixed: rolledUp(facts, 'fixed'),
    };
    return {
      facts,
      spent: spent.amount,
      fixed: spent.fixed,
      ...(facts.monthlyBudget
        ? {
            budget: monthStatus(facts.monthlyBudget, spent, today, thresholds),
          }
        : {}),
    };
  });
}

/**
 * The alert an entity's budget raises this month: the level its spend
 * reached, else the level its forecast reaches; none when both are ok.
 */
export function budgetAlert(
  entityRef: string,
  budget: BudgetStatus,
): BudgetAlert | undefined {
  const { month } = budget;
  if (budget.status !== 'ok') {
    return {
      entityRef,
      threshold: budget.status,
      basis: 'spent',
      month,
      ratio: budget.ratio,
    };
  }
  if (budget.forecastStatus !== 'ok') {
    return {
      entityRef,
      threshold: budget.forecastStatus,
      basis: 'forecast',
      month,
      ratio: budget.forecastRatio,
    };
  }
  return undefined;
}
