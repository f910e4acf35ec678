/**
 * Shows an entity's cloud spend — total, budget gauge with forecast, daily
 * trend, breakdown by provider and resource — and the whole organisation's
 * on a cost overview page, from the cost backend plugin.
 *
 * This entry point is for apps on the legacy frontend system; apps on the new
 * frontend system install the default export of `@internal/plugin-cost/alpha`.
 *
 * @packageDocumentation
 */
export {
  costPlugin,
  CostOverviewPage,
  EntityCostContent,
  EntityCostOverviewCard,
} from './plugin';
export { costApiRef, CostClient } from './api';
export type {
  CostApi,
  GetCostOverviewOptions,
  GetEntityCostOptions,
} from './api';
export { isCostAvailable } from './isCostAvailable';
