import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { getPluginJson } from '@internal/frontend-kit';
import {
  CostEntityResponse,
  CostOverviewResponse,
} from '@internal/plugin-cost-common';
import {
  CostApi,
  GetCostOverviewOptions,
  GetEntityCostOptions,
} from './CostApi';

/**
 * Talks to the cost backend plugin at `/api/cost/v1`.
 *
 * @public
 */
export class CostClient implements CostApi {
  constructor(
    private readonly apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getEntityCost(
    options: GetEntityCostOptions,
  ): Promise<CostEntityResponse> {
    const { entityRef, from, to } = options;
    return getPluginJson<CostEntityResponse>(this.apis, 'cost', '/v1/entity', {
      entityRef,
      from,
      to,
    });
  }

  async getOverview(
    options: GetCostOverviewOptions,
  ): Promise<CostOverviewResponse> {
    const { from, to, groupBy } = options;
    return getPluginJson<CostOverviewResponse>(
      this.apis,
      'cost',
      '/v1/overview',
      { from, to, groupBy },
    );
  }
}
