export { autoscalingApiRef } from './AutoscalingApi';
export type { AutoscalingApi, AutoscalingRangeOptions } from './AutoscalingApi';
export { AutoscalingClient } from './AutoscalingClient';
