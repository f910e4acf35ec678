import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  MONTHLY_BUDGET_ANNOTATION,
  parseMonthlyBudget,
} from '@internal/plugin-cost-common';
import { costEntities } from './costEntities';
import { dependedOnResources } from './CostService';
import { EntityFacts } from './overview';

/**
 * The Components and Resources as the overview needs them: label, owner,
 * monthly budget, the Resources each depends on and how many depend on
 * each. A malformed budget is left out with a warning naming the entity.
 */
export async function entityFacts(options: {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Promise<EntityFacts[]> {
  const items = await costEntities(options);
  return items.map(entity => {
    const entityRef = stringifyEntityRef(entity);
    const relations = entity.relations ?? [];
    const annotation = entity.metadata.annotations?.[MONTHLY_BUDGET_ANNOTATION];
    let monthlyBudget;
    try {
      monthlyBudget = annotation
        ? parseMonthlyBudget(annotation).amount
        : undefined;
    } catch (error) {
      options.logger.warn(
        `${entityRef} has no budget in the overview: ${
          (error as Error).message
        }`,
      );
    }
    return {
      entityRef,
      label: entity.metadata.title ?? entity.metadata.name,
      owner: relations.find(r => r.type === 'ownedBy')?.targetRef,
      ...(monthlyBudget ? { monthlyBudget } : {}),
      dependsOn: dependedOnResources(entity),
      dependents: relations.filter(r => r.type === 'dependencyOf').length,
    };
  });
}
