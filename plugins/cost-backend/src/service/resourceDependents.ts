import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * How many catalog entities depend on the Resource `resourceRef` (its
 * `dependencyOf` relations), at least 1, to share its cost among them.
 */
export function resourceDependents(options: {
  catalog: CatalogService;
  auth: AuthService;
}): (resourceRef: string) => Promise<number> {
  return async resourceRef => {
    const resource = await options.catalog.getEntityByRef(resourceRef, {
      credentials: await options.auth.getOwnServiceCredentials(),
    });
    const dependents = (resource?.relations ?? []).filter(
      relation => relation.type === 'dependencyOf',
    ).length;
    return Math.max(1, dependents);
  };
}
