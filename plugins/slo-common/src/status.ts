import { BurnRateWindow, SloStatus } from './types';

/** Below this share of budget left an SLO is a warning. */
export const LOW_BUDGET_RATIO = 0.25;

/** The status chip of an SLO; see {@link SloStatus}. */
export function sloStatus(
  errorBudgetRemaining: number | null,
  burnRates: BurnRateWindow[],
): SloStatus {
  if (errorBudgetRemaining === null) return 'no-data';
  const firing = (severity: BurnRateWindow['severity']) =>
    burnRates.some(b => b.severity === severity && b.firing);
  if (errorBudgetRemaining <= 0 || firing('page')) return 'breaching';
  if (errorBudgetRemaining < LOW_BUDGET_RATIO || firing('ticket')) {
    return 'warning';
  }
  return 'ok';
}
