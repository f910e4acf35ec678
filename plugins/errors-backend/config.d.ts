import { HumanDuration } from '@backstage/types';

export interface Config {
  /** The errors plugin: each entity's Sentry issues, environments and releases. */
  errors?: {
    /**
     * The Sentry the issues come from. Without a token the errors API still
     * answers, with `error.kind: unavailable` saying Sentry is not configured.
     */
    sentry?: {
      /** Sentry's base URL, for self-hosted Sentry or a region. Default https://sentry.io. */
      baseUrl?: string;
      /** The organization of annotations that name only a project (`sentry.io/project-slug: api-gateway`). */
      organization?: string;
      /**
       * Auth token with the `event:read` and `project:read` scopes, sent as a bearer token.
       * @visibility secret
       */
      token?: string;
      /** Timeout of each Sentry request (3 attempts at most). Default 10 seconds. */
      timeout?: HumanDuration | string;
      /** How long an answer is reused before Sentry is asked again. Default 1 minute. */
      cacheTtl?: HumanDuration | string;
      /** The most issues one answer lists (whole number, 1 to 1000); `truncated` says when Sentry had more. Default 100. */
      maxIssues?: number;
    };
  };
}
