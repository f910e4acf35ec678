import { PrometheusClient } from '@internal/backend-kit';

export interface GrafanaDatasourceProxyOptions {
  /** e.g. `https://example.grafana.net` */
  grafanaBaseUrl: string;
  /** The Grafana service-account token; it must be allowed to query the data source. */
  token: string;
  timeoutMs: number;
  /** Read every SLO's recording rules from this data source, whatever the SLO names. */
  datasourceUid?: string;
  fetch?: typeof fetch;
}

/**
 * The Prometheus behind a Grafana data source, reached through Grafana's data
 * source proxy (`{grafana}/api/datasources/proxy/uid/{uid}/api/v1/query`)
 * with the Grafana token: one client per data source, reused.
 */
export function grafanaDatasourceProxy(
  options: GrafanaDatasourceProxyOptions,
): (datasourceUid: string | undefined) => PrometheusClient {
  const grafana = options.grafanaBaseUrl.replace(/\/+$/, '');
  const clients = new Map<string, PrometheusClient>();
  return datasourceUid => {
    const uid = options.datasourceUid ?? datasourceUid;
    if (!uid) {
      throw new Error(
        'the SLO names no destinationDatasource; set slo.grafana.datasourceUid',
      );
    }
    let client = clients.get(uid);
    if (!client) {
      client = new PrometheusClient({
        baseUrl: `${grafana}/api/datasources/proxy/uid/${encodeURIComponent(
          uid,
        )}`,
        token: options.token,
        timeoutMs: options.timeoutMs,
        fetch: options.fetch,
      });
      clients.set(uid, client);
    }
    return client;
  };
}
