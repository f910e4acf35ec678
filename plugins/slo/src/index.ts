/**
 * Shows an entity's SLOs — SLI, error budget, burn-down and burn-rate
 * alerts — from the slo backend plugin.
 *
 * This entry point is for apps on the legacy frontend system; apps on the new
 * frontend system install the default export of `@internal/plugin-slo/alpha`.
 *
 * @packageDocumentation
 */
export { sloPlugin, EntitySloContent, EntitySloOverviewCard } from './plugin';
export { sloApiRef, SloClient } from './api';
export type { SloApi, GetSloHistoryOptions } from './api';
export { hasSloAnnotation as isSloAvailable } from '@internal/plugin-slo-common';
