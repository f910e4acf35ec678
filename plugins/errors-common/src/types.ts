/** The stats period of the issues list, as Sentry names it. */
export type ErrorsPeriod = '24h' | '14d';
export const ERRORS_PERIODS: readonly ErrorsPeriod[] = ['24h', '14d'];

/** Issue order: most events, most recently seen, or newest first seen. */
export type ErrorsSort = 'freq' | 'date' | 'new';
export const ERRORS_SORTS: readonly ErrorsSort[] = ['freq', 'date', 'new'];

export type IssueLevel = 'fatal' | 'error' | 'warning' | 'info' | 'debug';

/** One Sentry issue, as the errors API serves it. */
export interface ErrorIssue {
  id: string;
  shortId: string;
  title: string;
  culprit: string;
  level: IssueLevel | string;
  status: 'unresolved' | 'resolved' | 'ignored' | string;
  /** Events in the period. */
  count: number;
  /** Users affected in the period. */
  userCount: number;
  /** ISO 8601 */
  firstSeen: string;
  /** ISO 8601 */
  lastSeen: string;
  /** The issue in Sentry's UI. */
  permalink: string;
  /** Events per bucket: `[unix seconds, count]`, hourly for 24h, daily for 14d. */
  stats: Array<[number, number]>;
}

/** Why an answer holds nothing or only stale figures. */
export interface ErrorsProblem {
  /**
   * `unknown-project`: Sentry has no such project (the slug is in `project`);
   * `unavailable`: Sentry failed (timeout, 5xx, 429, refused, bad JSON);
   * `invalid-annotation`: the entity's annotation cannot be read.
   */
  kind: 'unknown-project' | 'unavailable' | 'invalid-annotation';
  message: string;
}

/** What every errors API answer starts with. */
export interface ErrorsAnswer {
  entityRef: string;
  /** `organization/project` as read from the annotation. */
  project: string;
  /** True when the figures are the last good answer, served because Sentry failed. */
  stale: boolean;
  /** When the figures were fetched from Sentry, ISO 8601. */
  fetchedAt?: string;
  error?: ErrorsProblem;
}

/** `GET /api/errors/v1/issues` */
export interface ErrorsIssuesResponse extends ErrorsAnswer {
  period: ErrorsPeriod;
  sort: ErrorsSort;
  environment?: string;
  release?: string;
  issues: ErrorIssue[];
  totals: {
    /** Events in the period over the listed issues. */
    events: number;
    /** Sum of each listed issue's affected users (a user may count twice). */
    users: number;
    /** Listed issues whose status is `unresolved`. */
    unresolved: number;
  };
  /** True when Sentry had more issues than `errors.sentry.maxIssues`. */
  truncated: boolean;
}

/** `GET /api/errors/v1/environments` */
export interface ErrorsEnvironmentsResponse extends ErrorsAnswer {
  environments: string[];
}

/** One release of the project, newest first in the list. */
export interface ErrorsRelease {
  version: string;
  /** ISO 8601 */
  dateCreated: string;
  /** ISO 8601, when it was deployed, if Sentry knows */
  dateReleased?: string;
  /** Issues first seen in this release. */
  newGroups: number;
}

/** `GET /api/errors/v1/releases` */
export interface ErrorsReleasesResponse extends ErrorsAnswer {
  releases: ErrorsRelease[];
}
