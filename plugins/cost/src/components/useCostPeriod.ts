import { useCallback } from 'react';
import { COST_PERIODS, CostPeriod } from './period';
import { useSearchParamChoices } from './useSearchParamChoices';

const CHOICES = { period: COST_PERIODS };

/**
 * The Costs tab's period, mirrored into the page's search parameters
 * (`?period=last-month`) so that a view can be shared and survives a
 * reload. An unknown value falls back to this month. Other search
 * parameters are left as they are.
 */
export function useCostPeriod(): [CostPeriod, (period: CostPeriod) => void] {
  const [{ period }, change] = useSearchParamChoices<{ period: CostPeriod }>(
    CHOICES,
  );
  const setPeriod = useCallback(
    (next: CostPeriod) => change({ period: next }),
    [change],
  );
  return [period, setPeriod];
}
