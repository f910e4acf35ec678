import { createApiRef } from '@backstage/core-plugin-api';
import { CostEntityResponse } from '@internal/plugin-cost-common';

/** @public */
export interface GetEntityCostOptions {
  /** The entity whose costs to read, e.g. `component:default/api-gateway`. */
  entityRef: string;
  /** The first day, `YYYY-MM-DD` (UTC), included. */
  from: string;
  /** The last day, `YYYY-MM-DD` (UTC), included. */
  to: string;
}

/**
 * Reads costs from the cost backend plugin.
 *
 * @public
 */
export interface CostApi {
  /**
   * An entity's spend over a period of UTC days — total, per day, per
   * provider and per resource — and its current month against its monthly
   * budget when it has one.
   */
  getEntityCost(options: GetEntityCostOptions): Promise<CostEntityResponse>;
}

/** @public */
export const costApiRef = createApiRef<CostApi>({
  id: 'plugin.cost.service',
});
