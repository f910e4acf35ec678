import { countEvents, EventSource, firstEvent, lastEvent } from './events';
import { SandboxIssue, SentryEnvironment } from './issues';
import {
  eventPlatform,
  SANDBOX_SENTRY_ORGANIZATION,
  SandboxSentryProject,
} from './projects';
import { releaseWindow } from './releases';
import { SentryScenario } from './scenario';
import { IssueSearch, matchesSearch } from './search';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The periods of the issue list, as Sentry names them. */
export const STATS_PERIODS = ['24h', '14d'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** Most events, most recently seen, newest first seen. */
export const ISSUE_SORTS = ['freq', 'date', 'new'] as const;
export type IssueSort = (typeof ISSUE_SORTS)[number];

/** What `GET /api/0/organizations/{org}/issues/` asks for. */
export interface IssueListQuery {
  projects: readonly SandboxSentryProject[];
  /** Empty: every environment. */
  environments: readonly string[];
  /** The time range `count` and `userCount` cover (`statsPeriod`). */
  period: StatsPeriod;
  /** The timeline in `stats` (`groupStatsPeriod`); empty: none. */
  statsTimeline: StatsPeriod | '';
  search: IssueSearch;
  sort: IssueSort;
}

/** An issue as Sentry lists it. */
export interface SentryIssueJson {
  id: string;
  shortId: string;
  title: string;
  culprit: string;
  permalink: string;
  level: string;
  status: string;
  platform: string;
  firstSeen: string;
  lastSeen: string;
  /** Events in the period, a string as in Sentry. */
  count: string;
  /** Users affected in the period. */
  userCount: number;
  stats: Partial<Record<StatsPeriod, Array<[number, number]>>>;
  project: { id: string; slug: string; name: string };
  metadata: SandboxIssue['metadata'];
  assignedTo: null;
}

/**
 * The stats buckets of a period at `now` (unix seconds): 24 hours or 14
 * days (UTC), the last one the current, unfinished hour or day.
 */
export function statsBuckets(period: StatsPeriod, now: number): number[] {
  const [size, count] = period === '24h' ? [HOUR, 24] : [DAY, 14];
  const current = Math.floor(now / size) * size;
  return Array.from(
    { length: count },
    (_, i) => current - (count - 1 - i) * size,
  );
}

/**
 * Distinct users among `events` events from `pool` users, each event from
 * any of them: the expected `pool (1 - e^(-events/pool))`, at least 1.
 */
export function usersAffected(events: number, pool: number): number {
  if (events === 0) return 0;
  return Math.max(1, Math.round(pool * (1 - Math.exp(-events / pool))));
}

const iso = (t: number) =>
  new Date(Math.floor(t) * 1000).toISOString().replace('.000Z', 'Z');

interface Listed {
  json: SentryIssueJson;
  count: number;
  firstSeen: number;
  lastSeen: number;
}

function listed(
  issue: SandboxIssue,
  scenario: SentryScenario,
  query: IssueListQuery,
  now: number,
  baseUrl: string,
): Listed | undefined {
  if (!matchesSearch(issue, query.search)) return undefined;
  let window = { from: -Infinity, to: Infinity };
  if (query.search.release !== undefined) {
    const release = scenario.releases.find(
      r =>
        r.project === issue.project.slug && r.version === query.search.release,
    );
    if (!release) return undefined;
    window = releaseWindow(scenario.releases, release);
  }
  const sources = Object.entries(issue.events).filter(
    ([environment]) =>
      query.environments.length === 0 ||
      query.environments.includes(environment),
  ) as Array<[SentryEnvironment, EventSource]>;

  /** Events per bucket of `period` for each source. */
  const bucketed = (period: StatsPeriod) => {
    const starts = statsBuckets(period, now);
    const size = starts[1] - starts[0];
    const inBucket = (source: EventSource, start: number) =>
      countEvents(
        source,
        Math.max(start, window.from),
        Math.min(start + size, window.to, now),
      );
    return {
      starts,
      perSource: sources.map(([environment, source]) => ({
        environment,
        source,
        buckets: starts.map(start => inBucket(source, start)),
      })),
    };
  };
  const summed = ({ starts, perSource }: ReturnType<typeof bucketed>) =>
    starts.map((start, i): [number, number] => [
      start,
      perSource.reduce((sum, s) => sum + s.buckets[i], 0),
    ]);
  const inPeriod = bucketed(query.period);
  const { perSource } = inPeriod;
  const stats = summed(inPeriod);
  const count = stats.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return undefined;

  const firstSeen = Math.min(
    ...perSource.map(s => firstEvent(s.source, now) ?? Infinity),
  );
  const lastSeen = Math.max(
    ...perSource.map(s => lastEvent(s.source, now) ?? -Infinity),
  );
  const userCount = perSource.reduce(
    (sum, s) =>
      sum +
      usersAffected(
        s.buckets.reduce((a, b) => a + b, 0),
        issue.userPools[s.environment],
      ),
    0,
  );
  const { project } = issue;
  return {
    count,
    firstSeen,
    lastSeen,
    json: {
      id: issue.id,
      shortId: issue.shortId,
      title: issue.title,
      culprit: issue.culprit,
      permalink: `${baseUrl}/organizations/${SANDBOX_SENTRY_ORGANIZATION}/issues/${issue.id}/`,
      level: issue.level,
      status: issue.status,
      platform: eventPlatform(project),
      firstSeen: iso(firstSeen),
      lastSeen: iso(lastSeen),
      count: String(count),
      userCount,
      stats: query.statsTimeline
        ? {
            [query.statsTimeline]:
              query.statsTimeline === query.period
                ? stats
                : summed(bucketed(query.statsTimeline)),
          }
        : {},
      project: { id: project.id, slug: project.slug, name: project.name },
      metadata: issue.metadata,
      assignedTo: null,
    },
  };
}

const ORDER: Record<IssueSort, (a: Listed, b: Listed) => number> = {
  freq: (a, b) => b.count - a.count,
  date: (a, b) => b.lastSeen - a.lastSeen,
  new: (a, b) => b.firstSeen - a.firstSeen,
};

/**
 * The issues of the query's projects with events in the period (in its
 * environments, and release if it names one) at `now` (unix seconds), in
 * its order (ties by id). `count` and `stats` are the events from the first
 * bucket's start until `now`, so `count` is the sum of `stats`;
 * `firstSeen` and `lastSeen` look at all time, in the environments.
 */
export function listIssues(
  scenario: SentryScenario,
  query: IssueListQuery,
  now: number,
  baseUrl: string,
): SentryIssueJson[] {
  const slugs = new Set(query.projects.map(p => p.slug));
  return scenario.issues
    .filter(issue => slugs.has(issue.project.slug))
    .flatMap(issue => listed(issue, scenario, query, now, baseUrl) ?? [])
    .sort(
      (a, b) => ORDER[query.sort](a, b) || a.json.id.localeCompare(b.json.id),
    )
    .map(item => item.json);
}
