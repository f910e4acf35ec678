import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  SloHistoryResponse,
  SloListResponse,
} from '@internal/plugin-slo-common';
import { GetSloHistoryOptions, SloApi } from './SloApi';

/**
 * Talks to the slo backend plugin at `/api/slo/v1`.
 *
 * @public
 */
export class SloClient implements SloApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getSlos(entityRef: string): Promise<SloListResponse> {
    return this.request<SloListResponse>(
      '/v1/slos',
      new URLSearchParams({ entityRef }),
    );
  }

  async getHistory(options: GetSloHistoryOptions): Promise<SloHistoryResponse> {
    const { entityRef, id, from, to } = options;
    return this.request<SloHistoryResponse>(
      '/v1/slos/history',
      new URLSearchParams({ entityRef, id, from, to }),
    );
  }

  private async request<T>(path: string, query: URLSearchParams): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('slo');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}?${query}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
