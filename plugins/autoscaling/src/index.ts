/**
 * Shows an entity's autoscaled workloads — Kubernetes HPAs and scaling
 * policies of services outside Kubernetes — with their replicas, metrics,
 * warnings, history and scaling events, from the autoscaling backend plugin.
 *
 * This entry point is for apps on the legacy frontend system; apps on the new
 * frontend system install the default export of
 * `@internal/plugin-autoscaling/alpha`.
 *
 * @packageDocumentation
 */
export {
  autoscalingPlugin,
  EntityAutoscalingContent,
  EntityAutoscalingOverviewCard,
} from './plugin';
export { autoscalingApiRef, AutoscalingClient } from './api';
export type { AutoscalingApi, AutoscalingRangeOptions } from './api';
export { hasAutoscalingAnnotation as isAutoscalingAvailable } from '@internal/plugin-autoscaling-common';
