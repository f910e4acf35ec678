import {
  ISSUE_SORTS,
  IssueListQuery,
  IssueSort,
  STATS_PERIODS,
  StatsPeriod,
} from './issueList';
import { cursorOffset, DEFAULT_LIMIT, MAX_LIMIT } from './pagination';
import { SandboxSentryProject } from './projects';
import { parseIssueSearch } from './search';

/** An answer other than 200, with Sentry's `{ detail }` body. */
export class SentryApiError extends Error {
  constructor(readonly status: number, readonly detail: string) {
    super(detail);
  }
}

/** Sentry's 404 for an unknown organization, project or path. */
export const notFound = () =>
  new SentryApiError(404, 'The requested resource does not exist');

const badRequest = (detail: string) => new SentryApiError(400, detail);

/** The `project` parameters (ids; none or `-1`: all); 403 for an unknown id. */
export function projectsParam(
  params: URLSearchParams,
  projects: readonly SandboxSentryProject[],
): SandboxSentryProject[] {
  const ids = params.getAll('project').filter(id => id !== '-1');
  if (ids.length === 0) return [...projects];
  return ids.map(id => {
    const project = projects.find(p => p.id === id);
    if (!project) {
      throw new SentryApiError(
        403,
        'You do not have permission to perform this action.',
      );
    }
    return project;
  });
}

/**
 * The parameters of `GET /api/0/organizations/{org}/issues/`: `statsPeriod`
 * (the range counted, default 24h), `groupStatsPeriod` (the `stats`
 * timeline, default 24h, empty for none), `sort` (default date), `query` (default `is:unresolved`,
 * as Sentry assumes without one), `environment`s, `project`s, `limit`
 * (default 25, at most 100) and `cursor`. 400 for what Sentry refuses.
 */
export function issueListParams(
  params: URLSearchParams,
  projects: readonly SandboxSentryProject[],
): { query: IssueListQuery; offset: number; limit: number } {
  const period = params.get('statsPeriod') || '24h';
  if (!STATS_PERIODS.includes(period as StatsPeriod)) {
    throw badRequest('Invalid statsPeriod. Valid choices are 24h and 14d');
  }
  const statsTimeline = params.get('groupStatsPeriod') ?? '24h';
  if (
    statsTimeline !== '' &&
    !STATS_PERIODS.includes(statsTimeline as StatsPeriod)
  ) {
    throw badRequest(
      "Invalid groupStatsPeriod. Valid choices are '', '24h', and '14d'",
    );
  }
  const sort = params.get('sort') ?? 'date';
  if (!ISSUE_SORTS.includes(sort as IssueSort)) {
    throw badRequest(`Unsupported sort: ${sort} (date, freq or new)`);
  }
  const limit = Number(params.get('limit') ?? DEFAULT_LIMIT);
  if (!Number.isInteger(limit) || limit < 1) {
    throw badRequest('Invalid limit parameter.');
  }
  const offset = cursorOffset(params.get('cursor'));
  if (offset === undefined) throw badRequest('Invalid cursor parameter.');
  return {
    query: {
      projects: projectsParam(params, projects),
      environments: params.getAll('environment').filter(Boolean),
      period: period as StatsPeriod,
      statsTimeline: statsTimeline as StatsPeriod | '',
      search: parseIssueSearch(params.get('query') ?? 'is:unresolved'),
      sort: sort as IssueSort,
    },
    offset,
    limit: Math.min(limit, MAX_LIMIT),
  };
}

const VISIBILITY = ['all', 'hidden', 'visible'];

/** The `visibility` of the environment list (default visible). */
export function visibilityParam(params: URLSearchParams): string {
  const visibility = params.get('visibility') ?? 'visible';
  if (!VISIBILITY.includes(visibility)) {
    throw badRequest(
      "Invalid value for 'visibility', valid values are: 'all', 'hidden', 'visible'",
    );
  }
  return visibility;
}
