import { Entity } from '@backstage/catalog-model';
import {
  COST_TAGS_ANNOTATION,
  MONTHLY_BUDGET_ANNOTATION,
} from '@internal/plugin-cost-common';

/**
 * True for an entity whose costs are looked after: it carries a monthly
 * budget (`agent-platform.io/monthly-budget`) or names its cost tags
 * (`agent-platform.io/cost-tags`). The Costs tab and card appear on those.
 *
 * @public
 */
export function isCostAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return [MONTHLY_BUDGET_ANNOTATION, COST_TAGS_ANNOTATION].some(annotation =>
    Boolean(annotations[annotation]?.trim()),
  );
}
