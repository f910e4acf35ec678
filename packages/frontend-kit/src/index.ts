/**
 * What every frontend plugin of the portal shares, so that times and
 * errors read the same on every tab.
 *
 * @packageDocumentation
 */
export { formatAbsoluteTime, formatRelativeTime } from './time';
export { formatError } from './formatError';
export { LoadFailure } from './LoadFailure';
export { RelativeTime } from './RelativeTime';
export { getPluginJson } from './getPluginJson';
export type { PluginFetchApis } from './getPluginJson';
export { installFixedSizeResizeObserver } from './fixedSizeResizeObserver';
