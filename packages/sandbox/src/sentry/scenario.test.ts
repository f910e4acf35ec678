import { DEFAULT_HISTORY, generateHistory } from '../prometheus/history';
import { incidentsFor } from '../prometheus/incidents';
import { indexOf, valuesOf } from '../testUtils/history';
import { IssueListQuery, listIssues } from './issueList';
import { sentryScenario } from './scenario';
import { parseIssueSearch } from './search';

const DAY = 86400;
// the history `start` would serve on Thursday 2026-11-19: it ends at Friday's midnight
const historyEnd = Date.UTC(2026, 10, 20) / 1000;
const now = Date.UTC(2026, 10, 19, 10, 30) / 1000;
const scenario = sentryScenario({ seed: DEFAULT_HISTORY.seed, historyEnd });

const queryOf = (
  search: string,
  overrides: Partial<IssueListQuery> = {},
): IssueListQuery => ({
  projects: scenario.projects,
  environments: [],
  period: '14d',
  statsTimeline: '14d',
  search: parseIssueSearch(search),
  sort: 'freq',
  ...overrides,
});

const list = (search = '', overrides: Partial<IssueListQuery> = {}) =>
  listIssues(scenario, queryOf(search, overrides), now, 'http://sentry');

const bySlug = (issues: ReturnType<typeof list>, slug: string) =>
  issues.filter(issue => issue.project.slug === slug);

describe('sentryScenario', () => {
  it('gives every service three everyday production issues, a different set each', () => {
    const production = list('is:unresolved', {
      environments: ['production'],
    });
    const sets = scenario.projects.map(({ slug }) => {
      // events yesterday and today
      const everyday = bySlug(production, slug).filter(issue =>
        issue.stats['14d']!.slice(-2).every(([, n]) => n > 0),
      );
      expect(everyday.length).toBeGreaterThanOrEqual(3);
      return everyday
        .map(issue => issue.title)
        .sort()
        .join('|');
    });

    expect(new Set(sets).size).toBe(scenario.projects.length);
  });

  it('shows other issues and fewer events on staging, none of the incidents', () => {
    const production = list('', { environments: ['production'] });
    const staging = list('', { environments: ['staging'] });
    const events = (issues: typeof staging) =>
      issues.reduce((sum, issue) => sum + Number(issue.count), 0);

    for (const { slug } of scenario.projects) {
      const prodIds = bySlug(production, slug).map(issue => issue.id);
      const stagingIssues = bySlug(staging, slug);
      expect(stagingIssues.some(issue => !prodIds.includes(issue.id))).toBe(
        true,
      );
      expect(events(stagingIssues)).toBeLessThan(
        events(bySlug(production, slug)) / 4,
      );
    }
    expect(staging.length).toBeLessThan(production.length);
    expect(
      staging.filter(issue =>
        /UpstreamConfigError|DeadlineExceeded/.test(issue.title),
      ),
    ).toEqual([]);
  });

  it('has resolved issues in orchestrator and inventory-frontend, an ignored one in api-gateway', () => {
    const resolved = list('is:resolved');
    const ignored = list('is:ignored');

    expect(resolved.map(issue => issue.project.slug).sort()).toEqual([
      'inventory-frontend',
      'orchestrator',
    ]);
    // fixed days ago: nothing in the last 24 hours
    expect(list('is:resolved', { period: '24h' })).toEqual([]);
    expect(ignored.map(issue => issue.project.slug)).toEqual(['api-gateway']);
    expect(list('is:unresolved')).toHaveLength(
      list().length - resolved.length - ignored.length,
    );
  });

  it('gives every issue its own id and a short id of its project', () => {
    const { issues } = scenario;

    expect(new Set(issues.map(issue => issue.id)).size).toBe(issues.length);
    expect(new Set(issues.map(issue => issue.shortId)).size).toBe(
      issues.length,
    );
    for (const issue of issues) {
      expect(issue.shortId).toMatch(
        new RegExp(`^${issue.project.slug.toUpperCase()}-[0-9A-Z]+$`),
      );
    }
  });

  it('is the same for the same seed and end, and another for another seed', () => {
    const again = sentryScenario({ seed: DEFAULT_HISTORY.seed, historyEnd });
    const other = sentryScenario({ seed: 1, historyEnd });
    const titles = (s: typeof scenario) => s.issues.map(issue => issue.title);

    expect(
      listIssues(
        again,
        { ...queryOf(''), projects: again.projects },
        now,
        'http://sentry',
      ),
    ).toEqual(list());
    expect(titles(other)).not.toEqual(titles(scenario));
  });

  it("counts about as many burst events as the Prometheus history has 500s in api-gateway's burst", () => {
    const burst = incidentsFor(historyEnd).find(
      incident => incident.id === 'api-gateway-error-burst',
    )!;
    const history = generateHistory({
      end: historyEnd,
      durationSeconds: 4 * DAY,
      services: ['api-gateway'],
    });
    const errors = valuesOf(history, 'http_requests_total', {
      service: 'api-gateway',
      code: '500',
    });
    // samples at 16:01 … 16:40 report the minutes of the burst
    const prometheus =
      errors[indexOf(history, burst.end)] -
      errors[indexOf(history, burst.start)];
    const [issue] = list('UpstreamConfigError');

    // The history draws the ratio (9–13 %) and ±6 % traffic noise per minute,
    // the stand-in takes the expected values (10 284: see server.test.ts).
    expect(Number(issue.count)).toBe(10284);
    expect(Math.abs(Number(issue.count) / prometheus - 1)).toBeLessThan(0.05);
  });

  it("raises the opportunity agent's deadline issue during its latency regression, in the release before it", () => {
    const [issue] = list('DeadlineExceeded');
    const release = scenario.releases.find(
      r =>
        r.project === 'opportunity-agent' && r.version.endsWith('2026.11.13'),
    )!;

    // 2026-11-20 − 6 d 10 h = Friday 13th, 14:00–16:00. Requests per hour:
    // Σ 60 minutes of 4/s × share × 60 s, share = 0.15 + 0.85 (1 + cos(2π(h − 15)/24)) / 2
    // = 14 330.3 in either hour (symmetric around the 15:00 peak); slower than
    // 500 ms: 1 − Φ(ln(0.5 / 0.28) / 0.33) = 1 − Φ(1.7570) = 3.9457 %, 565.4 → 565 an hour
    expect(issue.project.slug).toBe('opportunity-agent');
    expect(issue.firstSeen).toBe('2026-11-13T14:00:00Z');
    expect(issue.count).toBe(String(2 * 565));
    expect(
      issue.stats['14d']!.find(([t]) => t === Date.UTC(2026, 10, 13) / 1000),
    ).toEqual([Date.UTC(2026, 10, 13) / 1000, 1130]);
    expect(release.released).toBe(Date.UTC(2026, 10, 13, 13, 54) / 1000);
  });
});
