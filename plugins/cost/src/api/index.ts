export { costApiRef } from './CostApi';
export type {
  CostApi,
  GetCostOverviewOptions,
  GetEntityCostOptions,
} from './CostApi';
export { CostClient } from './CostClient';
