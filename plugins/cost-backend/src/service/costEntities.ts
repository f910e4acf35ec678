import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The catalog entities costs belong to: every Component and Resource. */
export async function costEntities(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<Entity[]> {
  const { items } = await options.catalog.getEntities(
    { filter: [{ kind: 'component' }, { kind: 'resource' }] },
    { credentials: await options.auth.getOwnServiceCredentials() },
  );
  return items;
}
