import { createApiRef } from '@backstage/core-plugin-api';
import {
  ErrorsEnvironmentsResponse,
  ErrorsIssuesResponse,
  ErrorsPeriod,
  ErrorsReleasesResponse,
  ErrorsSort,
} from '@internal/plugin-errors-common';

/** @public */
export interface GetIssuesOptions {
  /** The entity whose Sentry project to read, e.g. `component:default/api-gateway`. */
  entityRef: string;
  /** Only events from this environment; all environments when left out. */
  environment?: string;
  /** Only events from this release (its full version); all when left out. */
  release?: string;
  /** The stats period; the backend's default (`24h`) when left out. */
  period?: ErrorsPeriod;
  /** The issue order; the backend's default (`freq`) when left out. */
  sort?: ErrorsSort;
}

/**
 * Reads an entity's Sentry issues from the errors backend plugin.
 *
 * @public
 */
export interface ErrorsApi {
  /** The project's issues over a period, with their event counts and trend. */
  getIssues(options: GetIssuesOptions): Promise<ErrorsIssuesResponse>;

  /** The environments the project has seen events from. */
  getEnvironments(entityRef: string): Promise<ErrorsEnvironmentsResponse>;

  /** The project's releases, newest first. */
  getReleases(entityRef: string): Promise<ErrorsReleasesResponse>;
}

/** @public */
export const errorsApiRef = createApiRef<ErrorsApi>({
  id: 'plugin.errors.service',
});
