/**
 * What every backend plugin of the portal shares: upstream calls with
 * timeouts and retries, the last good answer, request validation.
 *
 * @packageDocumentation
 */
export { fetchWithRetry } from './fetchWithRetry';
export type { FetchWithRetryOptions } from './fetchWithRetry';
export { assertHeaderSafeToken } from './headerSafeToken';
export { LastGoodCache } from './LastGoodCache';
export { migratedDatabase } from './migratedDatabase';
export type { LastGoodAnswer } from './LastGoodCache';
export { rejectionWithoutSecrets } from './rejectionWithoutSecrets';
export {
  entityRefQuery,
  loadEntity,
  parseQuery,
  singleParam,
} from './requests';
export { PrometheusClient, PrometheusQueryError } from './PrometheusClient';
export type {
  PrometheusClientOptions,
  PrometheusSample,
  PrometheusSeries,
} from './PrometheusClient';
export { percentile, report, silentLogger, timed } from './benchmark';
