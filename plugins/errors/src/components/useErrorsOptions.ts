import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { errorsApiRef } from '../api';

/**
 * The environments and releases of the entity's project, to filter by and to
 * mark on the trend. Each is asked for on its own, so one failing leaves the
 * other usable.
 */
export function useErrorsOptions(entityRef: string, annotated: boolean) {
  const api = useApi(errorsApiRef);
  const environments = useAsync(
    async () => (annotated ? api.getEnvironments(entityRef) : undefined),
    [api, entityRef, annotated],
  );
  const releases = useAsync(
    async () => (annotated ? api.getReleases(entityRef) : undefined),
    [api, entityRef, annotated],
  );
  return { environments, releases };
}
