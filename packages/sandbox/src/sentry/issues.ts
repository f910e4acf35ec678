import { Incident } from '../prometheus/incidents';
import { SERVER_ERROR_RATIO } from '../prometheus/serviceTimeline';
import { hashString, mulberry32 } from '../random';
import { DEMO_SERVICES, DemoService } from '../services';
import { EventSource } from './events';
import { eventsPerRequest, incidentsWithIssues } from './incidentIssues';
import { eventPlatform, SandboxSentryProject } from './projects';
import { RequestModel } from './requests';
import { SandboxRelease } from './releases';
import { incidentSource, steadySource } from './sources';
import { ISSUE_TEMPLATES, IssueTemplate } from './templates';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The environments every project reports from. */
export const SENTRY_ENVIRONMENTS = ['production', 'staging'] as const;
export type SentryEnvironment = (typeof SENTRY_ENVIRONMENTS)[number];

export type IssueStatus = 'unresolved' | 'resolved' | 'ignored';

/** A Sentry issue of the sandbox: what it says and where its events come from. */
export interface SandboxIssue {
  id: string;
  shortId: string;
  project: SandboxSentryProject;
  title: string;
  culprit: string;
  level: IssueTemplate['level'];
  status: IssueStatus;
  metadata: { type: string; value: string; filename: string; function: string };
  /** Its events in each environment it happens in. */
  events: Partial<Record<SentryEnvironment, EventSource>>;
  /** How many distinct users its events come from, per environment. */
  userPools: Record<SentryEnvironment, number>;
}

/** Shares of the service's steady 500s that its three everyday issues get. */
const STEADY_SHARES = [0.4, 0.2, 0.1];
/** Staging serves this share of production's requests. */
const STAGING_TRAFFIC = 0.05;
/** A bug only staging has fails twice as many requests as production's 500s. */
const STAGING_BUG_SHARE = 2;
/** An issue fixed by the first release this long before the history's end. */
const RESOLVED_BEFORE_END: Readonly<Record<string, number>> = {
  orchestrator: 9 * DAY,
  'inventory-frontend': 5 * DAY,
};
/** Production users (accounts, API keys, staff) per request/s at peak; an issue reaches a share of them. */
const USERS_PER_PEAK_RPS = 10;
/** The testers on staging. */
const STAGING_USERS = 5;
/** Services with an issue someone chose to ignore. */
const IGNORED_IN = new Set(['api-gateway']);

/** Sentry's short-id digits (Crockford's base 32). */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(value: number): string {
  return (
    (value >= 32 ? base32(Math.floor(value / 32)) : '') + BASE32[value % 32]
  );
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

interface Draft {
  template: IssueTemplate;
  status: IssueStatus;
  start: number;
  /** Share of the service's production users it can reach. */
  reach: number;
  events: Partial<Record<SentryEnvironment, EventSource>>;
}

/** The issues of one service, oldest first. */
function serviceDrafts(
  service: DemoService,
  project: SandboxSentryProject,
  options: SandboxIssuesOptions,
): Draft[] {
  const { seed, historyEnd, requests, releases, incidents } = options;
  const random = mulberry32(hashString(`${seed}/sentry/${service.name}`));
  const pool = shuffled(ISSUE_TEMPLATES[eventPlatform(project)], random);
  const hoursBeforeEnd = (minDays: number, maxDays: number) =>
    historyEnd -
    Math.round((minDays + (maxDays - minDays) * random()) * 24) * HOUR;
  const steady = (
    key: string,
    start: number,
    end: number,
    shares: Partial<Record<SentryEnvironment, number>>,
  ) =>
    Object.fromEntries(
      Object.entries(shares).map(([environment, share]) => [
        environment,
        steadySource({
          requests,
          service,
          eventsPerRequest: SERVER_ERROR_RATIO * share,
          start,
          end,
          seedKey: `${seed}/sentry/${service.name}/${key}/${environment}`,
        }),
      ]),
    );

  const reach = () => 0.15 + 0.45 * random();
  const drafts: Draft[] = STEADY_SHARES.map((share, index) => {
    const start = hoursBeforeEnd(2, 33);
    const inStaging = random() < 0.5;
    return {
      template: pool[index],
      status: 'unresolved',
      start,
      reach: reach(),
      events: steady(`steady-${index}`, start, Infinity, {
        production: share,
        ...(inStaging ? { staging: share * STAGING_TRAFFIC } : {}),
      }),
    };
  });
  const stagingBugStart = hoursBeforeEnd(1, 6);
  drafts.push({
    template: pool[3],
    status: 'unresolved',
    start: stagingBugStart,
    reach: 0,
    events: steady('staging', stagingBugStart, Infinity, {
      staging: STAGING_BUG_SHARE * STAGING_TRAFFIC,
    }),
  });

  const resolvedBeforeEnd = RESOLVED_BEFORE_END[service.name];
  // a resolved or an ignored issue takes the pool's fifth template
  if (resolvedBeforeEnd) {
    const start = hoursBeforeEnd(20, 33);
    const fixedBy = releases.find(
      r =>
        r.project === service.name &&
        r.released >= historyEnd - resolvedBeforeEnd,
    );
    drafts.push({
      template: pool[4],
      status: 'resolved',
      start,
      reach: reach(),
      events: steady(
        'resolved',
        start,
        fixedBy?.released ?? historyEnd - resolvedBeforeEnd,
        { production: 0.15, staging: 0.15 * STAGING_TRAFFIC },
      ),
    });
  }
  if (IGNORED_IN.has(service.name)) {
    const start = hoursBeforeEnd(20, 33);
    drafts.push({
      template: pool[4],
      status: 'ignored',
      start,
      reach: reach(),
      events: steady('ignored', start, Infinity, { production: 0.05 }),
    });
  }

  for (const { incident, issue } of incidentsWithIssues(incidents)) {
    if (incident.service !== service.name) continue;
    drafts.push({
      template: issue.template,
      status: 'unresolved',
      start: incident.start,
      reach: 1,
      events: {
        production: incidentSource({
          requests,
          service,
          incident,
          eventsPerRequest: eventsPerRequest(incident.effect),
        }),
      },
    });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

export interface SandboxIssuesOptions {
  seed: number;
  /** The end of the Prometheus history the incidents are placed against. */
  historyEnd: number;
  incidents: readonly Incident[];
  requests: RequestModel;
  /** All projects' releases, oldest first. */
  releases: readonly SandboxRelease[];
  projects: readonly SandboxSentryProject[];
}

/**
 * The issues of every project. Each service has three everyday issues drawn
 * from its platform's templates (from the seed) at 40, 20 and 10 % of its
 * steady 500s, about half of them in staging too; a bug only staging has;
 * the issues of its incidents (production only); orchestrator and
 * inventory-frontend a resolved issue, api-gateway an ignored one. Short ids
 * count up in the order the issues began, like Sentry's.
 */
export function sandboxSentryIssues(
  options: SandboxIssuesOptions,
): SandboxIssue[] {
  return options.projects.flatMap((project, projectIndex) => {
    const service = DEMO_SERVICES.find(s => s.name === project.slug);
    if (!service) return [];
    const module = service.name.replace(/-/g, '_');
    const fill = (text: string) => text.replace('{module}', module);
    const firstNumber =
      20 + (hashString(`${options.seed}/sentry-short-id/${project.slug}`) % 40);
    return serviceDrafts(service, project, options).map(
      ({ template, status, events, reach }, index) => {
        const shortNumber = firstNumber + index;
        return {
          id: String(6100000000 + projectIndex * 100000 + shortNumber),
          shortId: `${project.slug.toUpperCase()}-${base32(shortNumber)}`,
          project,
          title: `${template.type}: ${template.value}`,
          culprit: fill(template.culprit),
          level: template.level,
          status,
          metadata: {
            type: template.type,
            value: template.value,
            filename: fill(template.filename),
            function: template.function,
          },
          events,
          userPools: {
            production: Math.max(
              1,
              Math.round(service.peakRps * USERS_PER_PEAK_RPS * reach),
            ),
            staging: STAGING_USERS,
          },
        };
      },
    );
  });
}
