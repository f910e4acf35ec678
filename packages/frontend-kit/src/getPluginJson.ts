import { ResponseError } from '@backstage/errors';

/** The two Backstage APIs a plugin's API client talks through. */
export interface PluginFetchApis {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/**
 * GETs `path` of the backend plugin `pluginId` with the query `parameters`
 * (in the order given; undefined and empty ones left out) and answers its
 * JSON, or throws a `ResponseError` carrying the backend's error.
 */
export async function getPluginJson<T>(
  apis: PluginFetchApis,
  pluginId: string,
  path: string,
  parameters: Record<string, string | undefined>,
): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value) query.append(name, value);
  }
  const baseUrl = await apis.discoveryApi.getBaseUrl(pluginId);
  const response = await apis.fetchApi.fetch(`${baseUrl}${path}?${query}`);
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return (await response.json()) as T;
}
