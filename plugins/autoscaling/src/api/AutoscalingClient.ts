import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getWorkloads(entityRef: string): Promise<WorkloadsResponse> {
    return this.request<WorkloadsResponse>('/v1/workloads', { entityRef });
  }

  async getEvents(
    options: AutoscalingRangeOptions,
  ): Promise<ScalingEventsResponse> {
    const { entityRef, from, to } = options;
    return this.request<ScalingEventsResponse>('/v1/events', {
      entityRef,
      from,
      to,
    });
  }

  async getHistory(
    options: AutoscalingRangeOptions,
  ): Promise<AutoscalingHistoryResponse> {
    const { entityRef, from, to } = options;
    return this.request<AutoscalingHistoryResponse>('/v1/history', {
      entityRef,
      from,
      to,
    });
  }

  /** GETs `path` with the parameters, in the order given. */
  private async request<T>(
    path: string,
    parameters: Record<string, string>,
  ): Promise<T> {
    const query = new URLSearchParams(parameters);
    const baseUrl = await this.discoveryApi.getBaseUrl('autoscaling');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}?${query}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
