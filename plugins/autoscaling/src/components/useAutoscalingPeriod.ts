import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { autoscalingApiRef } from '../api';
import { AutoscalingPeriod, periodRange } from './period';

/**
 * The entity's scaling events and history over the period up to now. Each
 * request fails on its own: the history may not be served at all.
 */
export function useAutoscalingPeriod(
  entityRef: string,
  period: AutoscalingPeriod,
) {
  const api = useApi(autoscalingApiRef);
  const events = useAsync(
    async () =>
      api.getEvents({ entityRef, ...periodRange(period, Date.now()) }),
    [api, entityRef, period],
  );
  const history = useAsync(
    async () =>
      api.getHistory({ entityRef, ...periodRange(period, Date.now()) }),
    [api, entityRef, period],
  );
  return { events, history };
}
