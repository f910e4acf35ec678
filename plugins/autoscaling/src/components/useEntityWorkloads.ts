import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { hasAutoscalingAnnotation } from '@internal/plugin-autoscaling-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { autoscalingApiRef } from '../api';

/**
 * The autoscaled workloads of the entity on the page. Entities without an
 * annotation the plugin reads are not asked for: they have none.
 */
export function useEntityWorkloads() {
  const { entity } = useEntity();
  const api = useApi(autoscalingApiRef);
  const entityRef = stringifyEntityRef(entity);
  const annotated = hasAutoscalingAnnotation(entity);

  const state = useAsyncRetry(
    async () => (annotated ? api.getWorkloads(entityRef) : undefined),
    [api, entityRef, annotated],
  );

  return { entityRef, annotated, ...state };
}
