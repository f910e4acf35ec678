import { createApiRef } from '@backstage/core-plugin-api';
import {
  CostEntityResponse,
  CostGroupBy,
  CostOverviewResponse,
} from '@internal/plugin-cost-common';

/** @public */
export interface GetEntityCostOptions {
  /** The entity whose costs to read, e.g. `component:default/api-gateway`. */
  entityRef: string;
  /** The first day, `YYYY-MM-DD` (UTC), included. */
  from: string;
  /** The last day, `YYYY-MM-DD` (UTC), included. */
  to: string;
}

/** @public */
export interface GetCostOverviewOptions {
  /** The first day, `YYYY-MM-DD` (UTC), included. */
  from: string;
  /** The last day, `YYYY-MM-DD` (UTC), included. */
  to: string;
  /** How to group the spend: by owning team, by service or by provider. */
  groupBy: CostGroupBy;
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

  /**
   * The whole organisation's spend over a period of UTC days — total, per
   * day, per group, unallocated — with the top movers against the previous
   * period of the same length and this month's budget alerts.
   */
  getOverview(options: GetCostOverviewOptions): Promise<CostOverviewResponse>;
}

/** @public */
export const costApiRef = createApiRef<CostApi>({
  id: 'plugin.cost.service',
});
