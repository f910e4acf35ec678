import { z } from 'zod/v3';
import { assertHeaderSafeToken, fetchWithRetry } from '@internal/backend-kit';
import { nextCursor } from './sentryLink';

/** A Sentry project, as `GET /api/0/projects/{org}/{project}/` gives it. */
export interface SentryProject {
  id: string;
  slug: string;
  name: string;
}

/** One issue of `GET /api/0/organizations/{org}/issues/`; only the fields the portal reads. */
export interface SentryIssue {
  id: string;
  shortId: string;
  title: string;
  culprit?: string | null;
  permalink: string;
  level: string;
  status: string;
  /** ISO 8601 */
  firstSeen: string;
  /** ISO 8601 */
  lastSeen: string;
  /** Events in the stats period, as a string of digits. */
  count: string;
  userCount: number;
  /** Events per bucket, keyed by the stats period: `{ "24h": [[unix seconds, n], …] }`. */
  stats: Record<string, Array<[number, number]>>;
}

/** One environment of `GET /api/0/projects/{org}/{project}/environments/`. */
export interface SentryEnvironment {
  id: string;
  name: string;
  isHidden: boolean;
}

/** One release of `GET /api/0/organizations/{org}/releases/`; only the fields the portal reads. */
export interface SentryRelease {
  version: string;
  shortVersion?: string;
  /** ISO 8601 */
  dateCreated: string;
  /** ISO 8601, or null when it was never deployed. */
  dateReleased?: string | null;
  /** Issues first seen in this release. */
  newGroups: number;
}

/** What `listIssues` asks Sentry for. */
export interface SentryIssueQuery {
  org: string;
  /** The numeric project id `getProject` found. */
  projectId: string;
  environment?: string;
  /** Sentry's `release:"…"` search filter, escaped here. */
  release?: string;
  statsPeriod: '24h' | '14d';
  sort: 'freq' | 'date' | 'new';
  /** Pages are followed until this many issues are listed. */
  maxIssues: number;
}

export interface SentryClientOptions {
  /** e.g. `https://sentry.io` */
  baseUrl: string;
  /** An auth token, sent as `Authorization: Bearer …`; never logged. */
  token: string;
  timeoutMs: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each further one. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

/** The issues the portal lists. */
const UNRESOLVED = 'is:unresolved';

/** Issues per page (`limit`). */
const PAGE_SIZE = 25;

/** Sentry has no such project (or it is in another organization). */
export class UnknownSentryProjectError extends Error {
  name = 'UnknownSentryProjectError';

  constructor(readonly project: string) {
    super(`Sentry has no project ${project}`);
  }
}

/** An answer no retry can mend: a refused token, a 4xx, a broken body. */
class SentryAnswerError extends Error {
  name = 'SentryAnswerError';
}

const projectSchema: z.ZodType<SentryProject, z.ZodTypeDef, unknown> = z
  .object({ id: z.string().min(1), slug: z.string(), name: z.string() })
  .passthrough();

const issueSchema: z.ZodType<SentryIssue, z.ZodTypeDef, unknown> = z
  .object({
    id: z.string().min(1),
    shortId: z.string(),
    title: z.string(),
    culprit: z.string().nullish(),
    // rendered as a link in the browser: http(s) only
    permalink: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'),
    level: z.string(),
    status: z.string(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    count: z.string().regex(/^\d+$/, 'must be a number of events as text'),
    userCount: z.number().int().nonnegative(),
    stats: z.record(z.array(z.tuple([z.number(), z.number()]))),
  })
  .passthrough();

const environmentSchema: z.ZodType<SentryEnvironment, z.ZodTypeDef, unknown> = z
  .object({ id: z.string(), name: z.string().min(1), isHidden: z.boolean() })
  .passthrough();

const releaseSchema: z.ZodType<SentryRelease, z.ZodTypeDef, unknown> = z
  .object({
    version: z.string().min(1),
    shortVersion: z.string().optional(),
    dateCreated: z.string(),
    dateReleased: z.string().nullish(),
    newGroups: z.number().int().nonnegative(),
  })
  .passthrough();

/** `"` and `\` escaped, so a value cannot end Sentry's quoted search term. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, c => `\\${c}`)}"`;
}

/** One path segment, encoded; `.` and `..` would climb out of the API. */
function pathSegment(value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new SentryAnswerError(`"${value}" cannot be part of a Sentry path`);
  }
  return encodeURIComponent(value);
}

/**
 * Sentry's web API (`/api/0/…`) with a bearer auth token, an explicit timeout
 * per attempt and bounded retries that honour `Retry-After`.
 */
export class SentryClient {
  readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: SentryClientOptions) {
    if (!options.token) {
      throw new Error('The Sentry API needs an auth token');
    }
    assertHeaderSafeToken(options.token, 'Sentry');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  /** The project `org/slug`; rejects with UnknownSentryProjectError on a 404. */
  async getProject(org: string, slug: string): Promise<SentryProject> {
    const { data } = await this.get(
      ['projects', org, slug],
      new URLSearchParams(),
      projectSchema,
      `project ${org}/${slug}`,
      () => new UnknownSentryProjectError(`${org}/${slug}`),
    );
    return data;
  }

  /**
   * The project's issues, following the `Link` header page by page until
   * Sentry has no more or `maxIssues` are listed; `truncated` when more remained.
   */
  async listIssues(
    q: SentryIssueQuery,
  ): Promise<{ issues: SentryIssue[]; truncated: boolean }> {
    const params = new URLSearchParams({ project: q.projectId });
    if (q.environment !== undefined) params.set('environment', q.environment);
    // statsPeriod: the range counted; groupStatsPeriod: the `stats` timeline
    params.set('statsPeriod', q.statsPeriod);
    params.set('groupStatsPeriod', q.statsPeriod);
    params.set(
      'query',
      q.release === undefined
        ? UNRESOLVED
        : `${UNRESOLVED} release:${quoted(q.release)}`,
    );
    params.set('sort', q.sort);
    params.set('limit', String(PAGE_SIZE));

    const issues: SentryIssue[] = [];
    let cursor: string | undefined;
    do {
      if (cursor !== undefined) params.set('cursor', cursor);
      const page = await this.get(
        ['organizations', q.org, 'issues'],
        params,
        z.array(issueSchema),
        `the issues of project ${q.projectId}`,
      );
      issues.push(...page.data);
      // An empty page ends the list whatever the Link header says.
      cursor = page.data.length > 0 ? page.next : undefined;
    } while (cursor !== undefined && issues.length < q.maxIssues);
    return {
      issues: issues.slice(0, q.maxIssues),
      truncated: issues.length > q.maxIssues || cursor !== undefined,
    };
  }

  /** The project's environments that are not hidden; UnknownSentryProjectError on a 404. */
  async listEnvironments(
    org: string,
    slug: string,
  ): Promise<SentryEnvironment[]> {
    const { data } = await this.get(
      ['projects', org, slug, 'environments'],
      new URLSearchParams({ visibility: 'visible' }),
      z.array(environmentSchema),
      `the environments of project ${org}/${slug}`,
      () => new UnknownSentryProjectError(`${org}/${slug}`),
    );
    return data;
  }

  /** The first page of the project's releases, newest first. */
  async listReleases(org: string, projectId: string): Promise<SentryRelease[]> {
    const { data } = await this.get(
      ['organizations', org, 'releases'],
      new URLSearchParams({ project: projectId }),
      z.array(releaseSchema),
      `the releases of project ${projectId}`,
    );
    return data;
  }

  /** One GET of `/api/0/<segments>/?<params>`, checked against `schema`. */
  private get<T>(
    segments: string[],
    params: URLSearchParams,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    what: string,
    notFound?: () => Error,
  ): Promise<{ data: T; next?: string }> {
    const path = segments.map(pathSegment).join('/');
    const search = params.size > 0 ? `?${params}` : '';
    return fetchWithRetry(
      `${this.baseUrl}/api/0/${path}/${search}`,
      {
        method: 'GET',
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${this.options.token}`,
        },
      },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 250,
        fetch: this.fetch,
        name: 'Sentry',
        describe: `Sentry at ${this.baseUrl}`,
        read: res => this.read(res, schema, what, notFound),
        isFinal: error =>
          error instanceof SentryAnswerError ||
          error instanceof UnknownSentryProjectError,
      },
    );
  }

  private async read<T>(
    res: Response,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    what: string,
    notFound?: () => Error,
  ): Promise<{ data: T; next?: string }> {
    const where = `Sentry at ${this.baseUrl}`;
    const status = `${res.status} ${res.statusText}`.trim();
    if (res.status === 401 || res.status === 403) {
      throw new SentryAnswerError(
        `${where} refused the auth token (${status}): check errors.sentry.token and that it has the event:read and project:read scopes`,
      );
    }
    if (res.status === 404 && notFound) throw notFound();
    if (!res.ok) {
      throw new SentryAnswerError(`${where} answered ${status} for ${what}`);
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (error) {
      // A timeout or reset while reading is worth another attempt.
      if ((error as Error | undefined)?.name !== 'SyntaxError') throw error;
      throw new SentryAnswerError(
        `${where} answered ${what} with a body that is not JSON`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SentryAnswerError(
        `${where} answered ${what} in an unexpected shape: ${
          issue.path.join('.') || 'the body'
        }: ${issue.message}`,
      );
    }
    return { data: parsed.data, next: nextCursor(res.headers.get('link')) };
  }
}
