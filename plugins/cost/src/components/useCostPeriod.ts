import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { COST_PERIODS, CostPeriod } from './period';

const KEY = 'period';

function read(params: URLSearchParams): CostPeriod {
  const value = params.get(KEY);
  return COST_PERIODS.includes(value as CostPeriod)
    ? (value as CostPeriod)
    : COST_PERIODS[0];
}

/**
 * The Costs tab's period, mirrored into the page's search parameters
 * (`?period=last-month`) so that a view can be shared and survives a
 * reload. An unknown value falls back to this month.
 *
 * As in the Errors tab, the period lives in React state and the URL only
 * follows it: reading it back from the URL (as core-components'
 * useQueryParamState does, with its debounced write) would undo a change
 * made while an earlier one is still being written there. Other search
 * parameters are left as they are.
 */
export function useCostPeriod(): [CostPeriod, (period: CostPeriod) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [period, setPeriod] = useState(() => read(searchParams));

  useEffect(() => {
    setSearchParams(
      current => {
        if (current.get(KEY) === period) return current;
        const next = new URLSearchParams(current);
        next.set(KEY, period);
        return next;
      },
      { replace: true },
    );
  }, [period, setSearchParams]);

  const change = useCallback((next: CostPeriod) => setPeriod(next), []);
  return [period, change];
}
