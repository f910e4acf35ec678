import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { hasSloAnnotation } from '@internal/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../api';

/**
 * The SLOs of the entity on the page. Entities without an SLO annotation are
 * not asked for: they have none, and the answer would only be an empty list.
 */
export function useEntitySlos() {
  const { entity } = useEntity();
  const api = useApi(sloApiRef);
  const entityRef = stringifyEntityRef(entity);
  const annotated = hasSloAnnotation(entity);

  const state = useAsyncRetry(
    async () => (annotated ? api.getSlos(entityRef) : undefined),
    [api, entityRef, annotated],
  );

  return { entity, entityRef, annotated, ...state };
}
