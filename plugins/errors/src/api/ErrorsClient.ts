import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { getPluginJson } from '@internal/frontend-kit';
import {
  ErrorsEnvironmentsResponse,
  ErrorsIssuesResponse,
  ErrorsReleasesResponse,
} from '@internal/plugin-errors-common';
import { ErrorsApi, GetIssuesOptions } from './ErrorsApi';

/**
 * Talks to the errors backend plugin at `/api/errors/v1`.
 *
 * @public
 */
export class ErrorsClient implements ErrorsApi {
  constructor(
    private readonly apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getIssues(options: GetIssuesOptions): Promise<ErrorsIssuesResponse> {
    const { entityRef, environment, release, period, sort } = options;
    return getPluginJson<ErrorsIssuesResponse>(
      this.apis,
      'errors',
      '/v1/issues',
      {
        entityRef,
        environment,
        release,
        period,
        sort,
      },
    );
  }

  async getEnvironments(
    entityRef: string,
  ): Promise<ErrorsEnvironmentsResponse> {
    return getPluginJson<ErrorsEnvironmentsResponse>(
      this.apis,
      'errors',
      '/v1/environments',
      {
        entityRef,
      },
    );
  }

  async getReleases(entityRef: string): Promise<ErrorsReleasesResponse> {
    return getPluginJson<ErrorsReleasesResponse>(
      this.apis,
      'errors',
      '/v1/releases',
      {
        entityRef,
      },
    );
  }
}
