import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CostEntityResponse } from '@internal/plugin-cost-common';
import { CostApi, GetEntityCostOptions } from './CostApi';

/**
 * Talks to the cost backend plugin at `/api/cost/v1`.
 *
 * @public
 */
export class CostClient implements CostApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getEntityCost(
    options: GetEntityCostOptions,
  ): Promise<CostEntityResponse> {
    const { entityRef, from, to } = options;
    return this.request<CostEntityResponse>('/v1/entity', {
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
    const baseUrl = await this.discoveryApi.getBaseUrl('cost');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}?${query}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
