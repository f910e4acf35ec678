/**
 * What every backend plugin of the portal needs to talk to an upstream.
 *
 * @packageDocumentation
 */
export { fetchWithRetry } from './fetchWithRetry';
export type { FetchWithRetryOptions } from './fetchWithRetry';
export { assertHeaderSafeToken } from './headerSafeToken';
export { LastGoodCache } from './LastGoodCache';
export type { LastGoodAnswer } from './LastGoodCache';
export { rejectionWithoutSecrets } from './rejectionWithoutSecrets';
