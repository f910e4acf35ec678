import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { getPluginJson } from '@internal/frontend-kit';
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
  constructor(
    private readonly apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getSlos(entityRef: string): Promise<SloListResponse> {
    return getPluginJson<SloListResponse>(this.apis, 'slo', '/v1/slos', {
      entityRef,
    });
  }

  async getHistory(options: GetSloHistoryOptions): Promise<SloHistoryResponse> {
    const { entityRef, id, from, to } = options;
    return getPluginJson<SloHistoryResponse>(
      this.apis,
      'slo',
      '/v1/slos/history',
      { entityRef, id, from, to },
    );
  }
}
