import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { hasErrorsAnnotation } from '@internal/plugin-errors-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { errorsApiRef } from '../api';
import { ErrorsFilters } from './useErrorsFilters';

/**
 * The Sentry issues of the entity on the page. Entities without the
 * annotation are not asked for: they have no project to read.
 */
export function useEntityIssues(filters: ErrorsFilters) {
  const { environment, release, period, sort } = filters;
  const { entity } = useEntity();
  const api = useApi(errorsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const annotated = hasErrorsAnnotation(entity);

  const state = useAsyncRetry(
    async () =>
      annotated
        ? api.getIssues({ entityRef, environment, release, period, sort })
        : undefined,
    [api, entityRef, annotated, environment, release, period, sort],
  );

  return { entityRef, annotated, ...state };
}
