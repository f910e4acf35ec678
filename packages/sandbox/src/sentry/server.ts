import { IncomingMessage, ServerResponse } from 'node:http';
import { hasBearerToken, listenOn, RunningHttpServer, sendJson } from '../http';
import { DEFAULT_HISTORY, historyEndFor } from '../prometheus/history';
import { listIssues } from './issueList';
import { SENTRY_ENVIRONMENTS } from './issues';
import { paginate } from './pagination';
import {
  issueListParams,
  notFound,
  projectsParam,
  SentryApiError,
  visibilityParam,
} from './params';
import { SANDBOX_SENTRY_ORGANIZATION, SandboxSentryProject } from './projects';
import { RateLimiter } from './rateLimit';
import { listReleases } from './releaseList';
import { sentryScenario } from './scenario';

export interface StartSentryOptions {
  /** Listens on 127.0.0.1:`port` (0: any free port). */
  port: number;
  /** The wall clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /**
   * End of the Prometheus history whose incidents the issues follow, unix
   * seconds (default: `historyEndFor(now())` at start, as `yarn workspace
   * sandbox start` uses).
   */
  historyEnd?: number;
  /** Seed of the issues and releases (default the history's). */
  seed?: number;
  /** Every n-th issues request is answered 429 (default 9; 0 never). */
  rateLimitEvery?: number;
}

export interface RunningSentry extends RunningHttpServer {
  /** The projects of organization `valuecanvas`, one per demo service. */
  projects: SandboxSentryProject[];
}

type Route = (
  match: RegExpExecArray,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
) => void;

const RATE_LIMITED =
  'You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds';

/**
 * A stand-in for Sentry's API on 127.0.0.1: organization `valuecanvas` with
 * one project per demo service, their issues, environments and releases in
 * Sentry's shapes, telling the story of the Prometheus history (see
 * `sentryScenario`). Every route wants `Authorization: Bearer <any token>`;
 * every `rateLimitEvery`-th issues request is answered 429 with
 * `Retry-After: 1`, never twice in a row for the same URL.
 */
export async function startSentry(
  options: StartSentryOptions,
): Promise<RunningSentry> {
  const now = options.now ?? Date.now;
  const scenario = sentryScenario({
    seed: options.seed ?? DEFAULT_HISTORY.seed,
    historyEnd: options.historyEnd ?? historyEndFor(now()),
  });
  const { projects } = scenario;
  const limiter = new RateLimiter(options.rateLimitEvery ?? 9);
  let baseUrl = '';

  function projectOf(org: string, slug: string): SandboxSentryProject {
    const project = projects.find(p => p.slug === slug);
    if (org !== SANDBOX_SENTRY_ORGANIZATION || !project) throw notFound();
    return project;
  }

  function organization(org: string) {
    if (org !== SANDBOX_SENTRY_ORGANIZATION) throw notFound();
  }

  const routes: Array<[RegExp, Route]> = [
    [
      /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/$/,
      ([, org, slug], _url, _req, res) => {
        const { id, name, platform } = projectOf(org, slug);
        sendJson(res, 200, { id, slug, name, platform });
      },
    ],
    [
      /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/environments\/$/,
      ([, org, slug], url, _req, res) => {
        projectOf(org, slug);
        const hidden = visibilityParam(url.searchParams) === 'hidden';
        const environments = SENTRY_ENVIRONMENTS.map((name, i) => ({
          id: String(i + 1),
          name,
          isHidden: false,
        }));
        sendJson(res, 200, hidden ? [] : environments);
      },
    ],
    [
      /^\/api\/0\/organizations\/([^/]+)\/issues\/$/,
      ([, org], url, req, res) => {
        organization(org);
        const { query, offset, limit } = issueListParams(
          url.searchParams,
          projects,
        );
        if (limiter.refuses(req.url ?? '')) {
          sendJson(res, 429, { detail: RATE_LIMITED }, { 'Retry-After': '1' });
          return;
        }
        const issues = listIssues(scenario, query, now() / 1000, baseUrl);
        const { page, link } = paginate(
          issues,
          new URL(url.pathname + url.search, baseUrl),
          offset,
          limit,
        );
        sendJson(res, 200, page, {
          Link: link,
          'X-Hits': String(issues.length),
        });
      },
    ],
    [
      /^\/api\/0\/organizations\/([^/]+)\/releases\/$/,
      ([, org], url, _req, res) => {
        organization(org);
        const selected = projectsParam(url.searchParams, projects);
        sendJson(res, 200, listReleases(scenario, selected, now() / 1000));
      },
    ],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!hasBearerToken(req)) {
      sendJson(res, 401, {
        detail: 'Authentication credentials were not provided.',
      });
      return;
    }
    if (req.method !== 'GET') {
      sendJson(res, 405, { detail: `Method "${req.method}" not allowed.` });
      return;
    }
    try {
      for (const [pattern, route] of routes) {
        const match = pattern.exec(url.pathname);
        if (match) {
          route(match, url, req, res);
          return;
        }
      }
      throw notFound();
    } catch (error) {
      if (!(error instanceof SentryApiError)) throw error;
      sendJson(res, error.status, { detail: error.detail });
    }
  }

  const server = await listenOn(options.port, handle, detail => ({ detail }));
  baseUrl = server.url;
  return { ...server, projects };
}
