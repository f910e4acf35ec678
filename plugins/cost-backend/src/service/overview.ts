import {
  BudgetStatus,
  BudgetThresholds,
  CostGroup,
  CostGroupBy,
  CostOverviewResponse,
  formatAmount,
  Nanos,
  sumAmounts,
  topMovers,
} from '@internal/plugin-cost-common';
import { OverviewSums } from '../database/CostStore';
import { byAmountDescending } from './costSums';
import {
  budgetAlert,
  entityMonths,
  monthStatus,
  totalSpend,
} from './entityBudgets';

/** What the overview needs to know of a catalog entity. */
export interface EntityFacts {
  entityRef: string;
  /** Its title, else its name */
  label: string;
  /** The owning group's ref */
  owner?: string;
  monthlyBudget?: Nanos;
  /** The Resources it depends on */
  dependsOn: string[];
  /** How many entities depend on it (for a Resource): each takes that share */
  dependents: number;
}

export interface OverviewInput {
  from: string;
  to: string;
  groupBy: CostGroupBy;
  currency: string;
  /** `YYYY-MM-DD`, UTC */
  today: string;
  thresholds: BudgetThresholds;
  organizationBudget?: Nanos;
  /** Teams' monthly budgets from config, by group ref: they replace the sum of their entities' */
  groupBudgets?: ReadonlyMap<string, Nanos>;
  current: OverviewSums;
  /** The period of equal length just before, for the movers */
  previous: OverviewSums;
  /** This month up to today, for budgets and alerts */
  monthToDate: OverviewSums;
  entities: EntityFacts[];
}

/** How many movers are listed. */
const MOVERS = 10;

const byEntity = (sums: OverviewSums) =>
  new Map(sums.byEntity.flatMap(e => (e.entityRef ? [[e.entityRef, e]] : [])));

/** Amounts of `sums` by the key `groupBy` gives each entity (or provider). */
function grouped(
  sums: OverviewSums,
  groupBy: CostGroupBy,
  facts: Map<string, EntityFacts>,
): Map<string, Nanos> {
  const groups = new Map<string, Nanos>();
  const add = (key: string, amount: Nanos) =>
    groups.set(key, (groups.get(key) ?? 0n) + amount);
  if (groupBy === 'provider') {
    for (const p of sums.byProvider) add(p.provider, p.amount);
    return groups;
  }
  for (const { entityRef, amount } of sums.byEntity) {
    if (!entityRef) continue; // unallocated is shown apart
    const key =
      groupBy === 'team' ? facts.get(entityRef)?.owner ?? 'unowned' : entityRef;
    add(key, amount);
  }
  return groups;
}

/**
 * The organisation's costs over a period: total, unallocated, daily, the
 * groups (teams by owner, services, or providers) with their budgets, the
 * movers against the previous period of equal length, and the budget
 * alerts of this month. An entity's budget is measured as on its Costs tab:
 * its own spend plus its share of the Resources it depends on; a team's
 * budget (configured, else the sum of its entities' budgets) is measured
 * against its entities' own spend.
 */
export function buildOverview(input: OverviewInput): CostOverviewResponse {
  const { groupBy, today, thresholds } = input;
  const facts = new Map(input.entities.map(f => [f.entityRef, f]));
  const months = entityMonths(input);
  const monthOf = new Map(months.map(m => [m.facts.entityRef, m] as const));
  const ownSpend = byEntity(input.monthToDate);
  const teamBudget = (team: string): BudgetStatus | undefined => {
    const owned = input.entities.filter(f => f.owner === team);
    const monthly =
      input.groupBudgets?.get(team) ??
      sumAmounts(owned.map(f => f.monthlyBudget ?? 0n));
    if (monthly <= 0n) return undefined;
    return monthStatus(
      monthly,
      totalSpend(owned.map(f => ownSpend.get(f.entityRef))),
      today,
      thresholds,
    );
  };

  const label = (key: string) => {
    if (groupBy === 'provider') return key;
    if (groupBy === 'team')
      return key === 'unowned'
        ? 'No owner'
        : key.replace(/^group:(default\/)?/, '');
    return facts.get(key)?.label ?? key;
  };
  const entityRefOf = (key: string) =>
    groupBy === 'provider' || key === 'unowned' ? undefined : key;
  const budgetOf = (key: string) => {
    if (groupBy === 'service') return monthOf.get(key)?.budget;
    if (groupBy === 'team') return teamBudget(key);
    return undefined;
  };

  const current = grouped(input.current, groupBy, facts);
  const groups: CostGroup[] = [...current]
    .map(([key, amount]) => ({ key, amount }))
    .sort(byAmountDescending)
    .map(({ key, amount }) => {
      const entityRef = entityRefOf(key);
      const budget = budgetOf(key);
      return {
        key,
        label: label(key),
        ...(entityRef ? { entityRef } : {}),
        amount: formatAmount(amount),
        ...(budget ? { budget } : {}),
      };
    });

  const alerts = months.flatMap(({ facts: { entityRef }, budget }) => {
    const alert = budget && budgetAlert(entityRef, budget);
    return alert ? [alert] : [];
  });

  const total = sumAmounts(input.current.daily.map(d => d.amount));
  return {
    currency: input.currency,
    from: input.from,
    to: input.to,
    groupBy,
    total: formatAmount(total),
    unallocated: formatAmount(
      sumAmounts(
        input.current.byEntity.filter(e => !e.entityRef).map(e => e.amount),
      ),
    ),
    daily: input.current.daily.map(d => ({
      date: d.day,
      amount: formatAmount(d.amount),
    })),
    groups,
    ...(input.organizationBudget
      ? {
          organizationBudget: monthStatus(
            input.organizationBudget,
            totalSpend(input.monthToDate.byEntity),
            today,
            thresholds,
          ),
        }
      : {}),
    topMovers: topMovers(
      current,
      grouped(input.previous, groupBy, facts),
      MOVERS,
    ).map(mover => {
      const entityRef = entityRefOf(mover.key);
      return {
        key: mover.key,
        label: label(mover.key),
        ...(entityRef ? { entityRef } : {}),
        amount: formatAmount(mover.amount),
        previousAmount: formatAmount(mover.previousAmount),
        change: formatAmount(mover.change),
        changeRatio: mover.changeRatio,
      };
    }),
    alerts: alerts.sort((a, b) => b.ratio - a.ratio),
  };
}
