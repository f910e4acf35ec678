import { useApi } from '@backstage/core-plugin-api';
import { CostGroupBy } from '@internal/plugin-cost-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { costApiRef } from '../../api';
import { DayRange } from '../period';

/** The organisation's costs over a range of UTC days, grouped as asked. */
export function useCostOverview(range: DayRange, groupBy: CostGroupBy) {
  const { from, to } = range;
  const api = useApi(costApiRef);
  return useAsyncRetry(
    () => api.getOverview({ from, to, groupBy }),
    [api, from, to, groupBy],
  );
}
