import { createHash } from 'node:crypto';
import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ErrorIssue,
  ErrorsAnswer,
  ErrorsEnvironmentsResponse,
  ErrorsIssuesResponse,
  ErrorsPeriod,
  ErrorsReleasesResponse,
  ErrorsSort,
  parseSentryProject,
  SENTRY_PROJECT_ANNOTATION,
  SentryProjectRef,
} from '@internal/plugin-errors-common';
import { LastGoodCache } from '@internal/backend-kit';
import { SentryClient } from '../providers/SentryClient';
import { toErrorIssue, toErrorsRelease } from './mapping';
import { issueTotals } from './totals';

/** What the service asks of Sentry. */
export type SentryApi = Pick<
  SentryClient,
  'getProject' | 'listIssues' | 'listEnvironments' | 'listReleases'
>;

/** The issue filters of `GET /v1/issues`. */
export interface IssueFilters {
  environment?: string;
  release?: string;
  period: ErrorsPeriod;
  sort: ErrorsSort;
}

/** Served in every answer when `errors.sentry.token` is not set. */
export const NOT_CONFIGURED =
  'errors.sentry is not configured: set errors.sentry.token (and errors.sentry.organization) to read issues from Sentry';

/** Project ids do not change; a day is long enough to notice a re-creation. */
const PROJECT_ID_FRESH_MS = 24 * 60 * 60 * 1000;

/** A cache key part of any length (memcached keys stop at 250 bytes). */
function digest(...parts: Array<string | undefined>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * An entity's Sentry issues, environments and releases. Each answer is
 * reused for `freshMs` and concurrent requests share one load; when Sentry
 * fails, the last good answer is served with `stale: true` and the error,
 * or empty lists with the error when there is none. Answers are always
 * given: what went wrong is in `error`.
 */
export class ErrorsService {
  private readonly answers: LastGoodCache;
  private readonly projectIds: LastGoodCache;

  constructor(
    private readonly options: {
      /** Absent when Sentry is not configured. */
      sentry?: SentryApi;
      /** For annotations that name no organization. */
      organization?: string;
      cache: CacheService;
      logger: LoggerService;
      freshMs: number;
      maxIssues: number;
      now?: () => number;
    },
  ) {
    const { cache, now } = options;
    this.answers = new LastGoodCache({ cache, now, freshMs: options.freshMs });
    this.projectIds = new LastGoodCache({
      cache,
      now,
      freshMs: PROJECT_ID_FRESH_MS,
    });
  }

  async issues(
    entity: Entity,
    filters: IssueFilters,
  ): Promise<ErrorsIssuesResponse> {
    const { environment, release, period, sort } = filters;
    const { answer, value } = await this.answer(
      entity,
      ref =>
        `issues:${ref.organization}/${ref.project}:${period}:${sort}:${digest(
          environment,
          release,
        )}`,
      async (sentry, ref) => {
        const { issues, truncated } = await sentry.listIssues({
          org: ref.organization,
          projectId: await this.projectId(sentry, ref),
          environment,
          release,
          statsPeriod: period,
          sort,
          maxIssues: this.options.maxIssues,
        });
        return {
          issues: issues.map(issue => toErrorIssue(issue, period)),
          truncated,
        };
      },
    );
    const issues: ErrorIssue[] = value?.issues ?? [];
    return {
      ...answer,
      period,
      sort,
      ...(environment !== undefined ? { environment } : {}),
      ...(release !== undefined ? { release } : {}),
      issues,
      totals: issueTotals(issues),
      truncated: value?.truncated ?? false,
    };
  }

  async environments(entity: Entity): Promise<ErrorsEnvironmentsResponse> {
    const { answer, value } = await this.answer(
      entity,
      ref => `environments:${ref.organization}/${ref.project}`,
      async (sentry, ref) =>
        (
          await sentry.listEnvironments(ref.organization, ref.project)
        ).map(environment => environment.name),
    );
    return { ...answer, environments: value ?? [] };
  }

  async releases(entity: Entity): Promise<ErrorsReleasesResponse> {
    const { answer, value } = await this.answer(
      entity,
      ref => `releases:${ref.organization}/${ref.project}`,
      async (sentry, ref) =>
        (
          await sentry.listReleases(
            ref.organization,
            await this.projectId(sentry, ref),
          )
        ).map(toErrorsRelease),
    );
    return { ...answer, releases: value ?? [] };
  }

  /**
   * The answer's common part and, unless something kept it from Sentry, its
   * value: fresh, or the last good one when Sentry failed.
   */
  private async answer<T>(
    entity: Entity,
    key: (ref: SentryProjectRef) => string,
    load: (sentry: SentryApi, ref: SentryProjectRef) => Promise<T>,
  ): Promise<{ answer: ErrorsAnswer; value?: T }> {
    const entityRef = stringifyEntityRef(entity);
    const annotation =
      entity.metadata.annotations?.[SENTRY_PROJECT_ANNOTATION] ?? '';
    let ref: SentryProjectRef;
    try {
      ref = parseSentryProject(annotation, this.options.organization);
    } catch (e) {
      return {
        answer: {
          entityRef,
          project: annotation,
          stale: false,
          error: { kind: 'invalid-annotation', message: (e as Error).message },
        },
      };
    }
    const project = `${ref.organization}/${ref.project}`;
    const { sentry, logger } = this.options;
    if (!sentry) {
      return {
        answer: {
          entityRef,
          project,
          stale: false,
          error: { kind: 'unavailable', message: NOT_CONFIGURED },
        },
      };
    }

    const { value, fetchedAt, error } = await this.answers.get(key(ref), () =>
      load(sentry, ref),
    );
    const fetched = {
      entityRef,
      project,
      ...(fetchedAt === undefined
        ? {}
        : { fetchedAt: new Date(fetchedAt).toISOString() }),
    };
    if (!error) {
      return { answer: { ...fetched, stale: false }, value };
    }
    const fields = { entityRef, project, error: error.message };
    if (error.name === 'UnknownSentryProjectError') {
      logger.warn(`Sentry has no project ${project} for ${entityRef}`, fields);
      return {
        answer: {
          entityRef,
          project,
          stale: false,
          error: { kind: 'unknown-project', message: error.message },
        },
      };
    }
    logger.warn(
      `Sentry failed for ${entityRef}${
        value === undefined ? '' : '; serving the last good answer'
      }`,
      fields,
    );
    return {
      answer: {
        ...fetched,
        stale: value !== undefined,
        error: { kind: 'unavailable', message: error.message },
      },
      value,
    };
  }

  /**
   * The project's numeric id, kept a day; a stale one serves while Sentry
   * is down, but not once Sentry says the project is gone.
   */
  private async projectId(
    sentry: SentryApi,
    ref: SentryProjectRef,
  ): Promise<string> {
    const { value, error } = await this.projectIds.get(
      `project-id:${ref.organization}/${ref.project}`,
      async () => (await sentry.getProject(ref.organization, ref.project)).id,
    );
    if (value === undefined || error?.name === 'UnknownSentryProjectError') {
      throw error;
    }
    return value;
  }
}
