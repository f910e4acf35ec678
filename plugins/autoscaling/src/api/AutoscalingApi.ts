import { createApiRef } from '@backstage/core-plugin-api';
import {
  AutoscalingHistoryResponse,
  ScalingEventsResponse,
  WorkloadsResponse,
} from '@internal/plugin-autoscaling-common';

/**
 * A time range of an entity's autoscaling, for events and history.
 *
 * @public
 */
export interface AutoscalingRangeOptions {
  /** The entity whose workloads to read, e.g. `component:default/api-gateway`. */
  entityRef: string;
  /** ISO 8601 start of the range, e.g. `2026-11-21T12:00:00Z`. */
  from: string;
  /** ISO 8601 end of the range. */
  to: string;
}

/**
 * Reads an entity's autoscaled workloads from the autoscaling backend plugin.
 *
 * @public
 */
export interface AutoscalingApi {
  /** The entity's workloads: HPAs and scaling policies, as they stand now. */
  getWorkloads(entityRef: string): Promise<WorkloadsResponse>;

  /** The replica changes within the range, newest first. */
  getEvents(options: AutoscalingRangeOptions): Promise<ScalingEventsResponse>;

  /** Replicas, bounds and metrics over the range, per workload. */
  getHistory(
    options: AutoscalingRangeOptions,
  ): Promise<AutoscalingHistoryResponse>;
}

/** @public */
export const autoscalingApiRef = createApiRef<AutoscalingApi>({
  id: 'plugin.autoscaling.service',
});
