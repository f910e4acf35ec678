/**
 * Shows an entity's Sentry issues — counts, trend with release markers and
 * the list — from the errors backend plugin.
 *
 * This entry point is for apps on the legacy frontend system; apps on the new
 * frontend system install the default export of `@internal/plugin-errors/alpha`.
 *
 * @packageDocumentation
 */
export {
  errorsPlugin,
  EntityErrorsContent,
  EntityErrorsOverviewCard,
} from './plugin';
export { errorsApiRef, ErrorsClient } from './api';
export type { ErrorsApi, GetIssuesOptions } from './api';
export { hasErrorsAnnotation as isErrorsAvailable } from '@internal/plugin-errors-common';
