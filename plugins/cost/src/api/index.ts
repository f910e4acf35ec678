export { costApiRef } from './CostApi';
export type { CostApi, GetEntityCostOptions } from './CostApi';
export { CostClient } from './CostClient';
