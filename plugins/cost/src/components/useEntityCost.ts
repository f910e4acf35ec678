import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { costApiRef } from '../api';
import { DayRange } from './period';

/**
 * The costs of the entity on the page over a range of UTC days. Entities
 * without a cost annotation are asked for too: their cost tags default to
 * `service=<name>`.
 */
export function useEntityCost(range: DayRange) {
  const { from, to } = range;
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const entityRef = stringifyEntityRef(entity);

  const state = useAsyncRetry(
    () => api.getEntityCost({ entityRef, from, to }),
    [api, entityRef, from, to],
  );

  return { entity, entityRef, ...state };
}
