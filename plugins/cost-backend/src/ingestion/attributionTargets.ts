import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { costEntities } from '../service/costEntities';
import {
  AttributionTarget,
  entityCostTags,
} from '@internal/plugin-cost-common';

/**
 * The Components and Resources costs are attributed to, each with its
 * `agent-platform.io/cost-tags` (default `service=<name>`). An entity with
 * a malformed annotation is left out with a warning naming it.
 */
export async function attributionTargets(options: {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Promise<AttributionTarget[]> {
  const items = await costEntities(options);
  return items.flatMap(entity => {
    const entityRef = stringifyEntityRef(entity);
    try {
      return [{ entityRef, costTags: entityCostTags(entity) }];
    } catch (error) {
      options.logger.warn(
        `${entityRef} is left out of cost attribution: ${
          (error as Error).message
        }`,
      );
      return [];
    }
  });
}
