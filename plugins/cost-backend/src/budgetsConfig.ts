import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  BudgetThresholds,
  DEFAULT_BUDGET_THRESHOLDS,
  Nanos,
  parseAmount,
} from '@internal/plugin-cost-common';

/** The budgets of `cost.budgets`. */
export interface BudgetsConfig {
  thresholds: BudgetThresholds;
  organizationBudget?: Nanos;
  /** By group ref */
  groupBudgets: Map<string, Nanos>;
}

/** An amount above zero at `key` (text or number), or an error naming the key. */
function readAmount(config: Config, key: string, path: string): Nanos {
  const raw = String(config.get(key));
  let amount: Nanos;
  try {
    amount = parseAmount(raw);
  } catch (error) {
    throw new Error(`${path} is not an amount: ${(error as Error).message}`);
  }
  if (amount <= 0n) {
    throw new Error(`${path} must be above 0, not ${raw}`);
  }
  return amount;
}

/**
 * Reads `cost.budgets`: the thresholds (default 80 % and 96 %), the
 * organisation's monthly budget and the teams'. Throws on a bad amount or
 * group ref, naming the key.
 */
export function readBudgetsConfig(cost: Config | undefined): BudgetsConfig {
  const budgets = cost?.getOptionalConfig('budgets');
  const thresholds = budgets?.getOptionalConfig('thresholds');
  const groupBudgets = new Map<string, Nanos>();
  (budgets?.getOptionalConfigArray('groups') ?? []).forEach((group, i) => {
    const path = `cost.budgets.groups[${i}]`;
    const text = group.getString('group');
    const ref = parseEntityRef(text, { defaultKind: 'group' });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new Error(`${path}.group must be a group ref, not ${text}`);
    }
    groupBudgets.set(
      stringifyEntityRef(ref),
      readAmount(group, 'monthly', `${path}.monthly`),
    );
  });
  return {
    thresholds: {
      warning:
        thresholds?.getOptionalNumber('warning') ??
        DEFAULT_BUDGET_THRESHOLDS.warning,
      critical:
        thresholds?.getOptionalNumber('critical') ??
        DEFAULT_BUDGET_THRESHOLDS.critical,
    },
    ...(budgets?.has('organization')
      ? {
          organizationBudget: readAmount(
            budgets,
            'organization',
            'cost.budgets.organization',
          ),
        }
      : {}),
    groupBudgets,
  };
}
