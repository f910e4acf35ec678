import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { getPluginJson } from '@internal/frontend-kit';
import {
  AutoscalingHistoryResponse,
  ScalingEventsResponse,
  WorkloadsResponse,
} from '@internal/plugin-autoscaling-common';
import { AutoscalingApi, AutoscalingRangeOptions } from './AutoscalingApi';

/**
 * Talks to the autoscaling backend plugin at `/api/autoscaling/v1`.
 *
 * @public
 */
export class AutoscalingClient implements AutoscalingApi {
  constructor(
    private readonly apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getWorkloads(entityRef: string): Promise<WorkloadsResponse> {
    return getPluginJson<WorkloadsResponse>(
      this.apis,
      'autoscaling',
      '/v1/workloads',
      { entityRef },
    );
  }

  async getEvents(
    options: AutoscalingRangeOptions,
  ): Promise<ScalingEventsResponse> {
    const { entityRef, from, to } = options;
    return getPluginJson<ScalingEventsResponse>(
      this.apis,
      'autoscaling',
      '/v1/events',
      {
        entityRef,
        from,
        to,
      },
    );
  }

  async getHistory(
    options: AutoscalingRangeOptions,
  ): Promise<AutoscalingHistoryResponse> {
    const { entityRef, from, to } = options;
    return getPluginJson<AutoscalingHistoryResponse>(
      this.apis,
      'autoscaling',
      '/v1/history',
      {
        entityRef,
        from,
        to,
      },
    );
  }
}
