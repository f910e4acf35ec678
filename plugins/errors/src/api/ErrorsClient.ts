import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getIssues(options: GetIssuesOptions): Promise<ErrorsIssuesResponse> {
    const { entityRef, environment, release, period, sort } = options;
    return this.request<ErrorsIssuesResponse>('/v1/issues', {
      entityRef,
      environment,
      release,
      period,
      sort,
    });
  }

  async getEnvironments(
    entityRef: string,
  ): Promise<ErrorsEnvironmentsResponse> {
    return this.request<ErrorsEnvironmentsResponse>('/v1/environments', {
      entityRef,
    });
  }

  async getReleases(entityRef: string): Promise<ErrorsReleasesResponse> {
    return this.request<ErrorsReleasesResponse>('/v1/releases', {
      entityRef,
    });
  }

  /** GETs `path` with the parameters that are set, in the order given. */
  private async request<T>(
    path: string,
    parameters: Record<string, string | undefined>,
  ): Promise<T> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
      if (value) {
        query.set(name, value);
      }
    }
    const baseUrl = await this.discoveryApi.getBaseUrl('errors');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}?${query}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
