import { freePort } from '../freePort';
import { PortInUseError } from '../prometheus/server';
import { SentryIssueJson } from './issueList';
import { RunningSentry, startSentry } from './server';

/*
 * The stand-in over real HTTP. The history ends at Friday 2026-11-20 00:00
 * UTC (the end `yarn workspace sandbox start` uses on Thursday the 19th), so
 * api-gateway's error burst is Monday 2026-11-16 16:00–16:40 UTC and the
 * opportunity agent's latency regression Friday 2026-11-13 14:00–16:00 UTC.
 *
 * The burst's events, by hand: 40 one-minute steps of 40 requests/s ×
 * share(h) × 60 s, share(h) = 0.15 + 0.85 (1 + cos(2π (h − 15) / 24)) / 2 at
 * h = 16 + (m + 0.5) / 60 (a weekday, no weekend factor), make 93 490.8
 * requests; × 0.11 (the mean of 9–13 %) = 10 284 events. All 400 users of
 * api-gateway (40 requests/s × 10) see it: 400 (1 − e^(−10 284 / 400)) = 400.
 */

const AUTH = { Authorization: 'Bearer sandbox-token' };
const HISTORY_END = Date.UTC(2026, 10, 20) / 1000;
const THURSDAY = Date.UTC(2026, 10, 19, 10, 30);
const BURST_HOUR = Date.UTC(2026, 10, 16, 16) / 1000;
const BURST_DAY = Date.UTC(2026, 10, 16) / 1000;
const BURST_EVENTS = 10284;
const GATEWAY = '4508130000000007';
const ORCHESTRATOR = '4508130000000006';
const ISSUES = '/api/0/organizations/valuecanvas/issues/';

/** Thursday 10:30, history ending Friday midnight (the default for that time). */
let sentry: RunningSentry;
/** A day after the burst: Tuesday 2026-11-17 15:30, with the same history. */
let dayAfterBurst: RunningSentry;

beforeAll(async () => {
  sentry = await startSentry({
    port: await freePort(),
    now: () => THURSDAY,
    rateLimitEvery: 0,
  });
  dayAfterBurst = await startSentry({
    port: 0,
    now: () => Date.UTC(2026, 10, 17, 15, 30),
    historyEnd: HISTORY_END,
    rateLimitEvery: 0,
  });
});

afterAll(async () => {
  await sentry?.stop();
  await dayAfterBurst?.stop();
});

type Issue = SentryIssueJson;

async function get(
  path: string,
  server = sentry,
  headers: Record<string, string> = AUTH,
) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { res, body: await res.json() };
}

function issuesPath(params: Record<string, string>): string {
  return `${ISSUES}?${new URLSearchParams(params)}`;
}

/** The issues, with the stats timeline of the range, as the portal asks. */
async function issues(
  params: Record<string, string>,
  server = sentry,
): Promise<Issue[]> {
  const { res, body } = await get(
    issuesPath({ groupStatsPeriod: params.statsPeriod ?? '24h', ...params }),
    server,
  );
  expect(res.status).toBe(200);
  return body;
}

const titles = (list: Issue[]) => list.map(issue => issue.title);

describe('startSentry', () => {
  it('looks a project up by organization and slug', async () => {
    const { res, body } = await get('/api/0/projects/valuecanvas/api-gateway/');

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(body).toEqual({
      id: GATEWAY,
      slug: 'api-gateway',
      name: 'api-gateway',
      platform: 'node-fastify',
    });
  });

  it.each([
    '/api/0/projects/valuecanvas/payments/',
    '/api/0/projects/other-org/api-gateway/',
    '/api/0/projects/valuecanvas/api-gateway',
    '/api/0/projects/valuecanvas/payments/environments/',
    '/api/0/organizations/other-org/issues/',
    '/api/0/organizations/other-org/releases/',
  ])('answers 404 to %s', async path => {
    const { res, body } = await get(path);

    expect(res.status).toBe(404);
    expect(body).toEqual({ detail: 'The requested resource does not exist' });
  });

  it.each([
    ['no Authorization header', {}],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['basic auth', { Authorization: 'Basic YWRtaW46YWRtaW4=' }],
  ])('answers 401 to %s', async (_, headers) => {
    for (const path of ['/api/0/projects/valuecanvas/api-gateway/', ISSUES]) {
      const { res, body } = await get(path, sentry, headers);

      expect(res.status).toBe(401);
      expect(body).toEqual({
        detail: 'Authentication credentials were not provided.',
      });
    }
  });

  it('answers 405 to anything but GET', async () => {
    const res = await fetch(`${sentry.url}${ISSUES}`, {
      method: 'POST',
      headers: AUTH,
    });

    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ detail: 'Method "POST" not allowed.' });
  });

  it('rejects with PortInUseError when the port is taken', async () => {
    const port = Number(new URL(sentry.url).port);

    await expect(startSentry({ port })).rejects.toBeInstanceOf(PortInUseError);
  });

  it('lists production and staging as visible environments', async () => {
    const path = '/api/0/projects/valuecanvas/api-gateway/environments/';
    const visible = await get(`${path}?visibility=visible`);
    const hidden = await get(`${path}?visibility=hidden`);

    expect(visible.body).toEqual([
      { id: '1', name: 'production', isHidden: false },
      { id: '2', name: 'staging', isHidden: false },
    ]);
    expect(hidden.body).toEqual([]);
  });

  describe('issues', () => {
    it("answers in Sentry's shape, with hourly stats for 24h", async () => {
      const list = await issues({ project: GATEWAY, statsPeriod: '24h' });
      // Thursday 10:30: buckets from Wednesday 11:00 to Thursday 10:00
      const hours = Array.from(
        { length: 24 },
        (_, i) => Date.UTC(2026, 10, 18, 11 + i) / 1000,
      );

      expect(list.length).toBeGreaterThan(0);
      for (const issue of list) {
        expect(issue).toEqual({
          id: expect.stringMatching(/^\d+$/),
          shortId: expect.stringMatching(/^API-GATEWAY-[0-9A-Z]+$/),
          title: `${issue.metadata.type}: ${issue.metadata.value}`,
          culprit: expect.any(String),
          permalink: `${sentry.url}/organizations/valuecanvas/issues/${issue.id}/`,
          level: expect.stringMatching(/^(fatal|error|warning)$/),
          status: 'unresolved',
          platform: 'node',
          firstSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          lastSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          count: expect.stringMatching(/^[1-9]\d*$/),
          userCount: expect.any(Number),
          stats: { '24h': hours.map(t => [t, expect.any(Number)]) },
          project: { id: GATEWAY, slug: 'api-gateway', name: 'api-gateway' },
          metadata: {
            type: expect.any(String),
            value: expect.any(String),
            filename: expect.any(String),
            function: expect.any(String),
          },
          assignedTo: null,
        });
        const events = issue.stats['24h']!.reduce((sum, [, n]) => sum + n, 0);
        expect(Number(issue.count)).toBe(events);
        expect(issue.userCount).toBeGreaterThan(0);
        expect(issue.userCount).toBeLessThanOrEqual(events);
        expect(issue.firstSeen <= issue.lastSeen).toBe(true);
        expect(issue.lastSeen < '2026-11-19T10:30:00Z').toBe(true);
      }
    });

    it('counts over statsPeriod and gives the groupStatsPeriod timeline', async () => {
      const { body: daily } = await get(
        issuesPath({ project: GATEWAY, statsPeriod: '14d', query: '' }),
      );
      const [hourly] = await issues({
        project: GATEWAY,
        statsPeriod: '24h',
        query: '',
        groupStatsPeriod: '24h',
      });
      const { body: none } = await get(
        issuesPath({
          project: GATEWAY,
          statsPeriod: '24h',
          groupStatsPeriod: '',
        }),
      );

      // Sentry's default timeline is 24h, whatever the range counted
      expect(Object.keys(daily[0].stats)).toEqual(['24h']);
      const same = (daily as Issue[]).find(issue => issue.id === hourly.id)!;
      expect(same.stats['24h']).toEqual(hourly.stats['24h']);
      expect(Number(same.count)).toBeGreaterThan(Number(hourly.count));
      expect(none[0].stats).toEqual({});
    });

    it('has daily stats for 14d, the last one today', async () => {
      const [issue] = await issues({ project: GATEWAY, statsPeriod: '14d' });

      expect(issue.stats['14d']!.map(([t]) => t)).toEqual(
        Array.from({ length: 14 }, (_, i) => Date.UTC(2026, 10, 6 + i) / 1000),
      );
    });

    it('hides resolved and ignored issues unless the query asks for them', async () => {
      const orchestrator = { project: ORCHESTRATOR, statsPeriod: '14d' };
      const gateway = { project: GATEWAY, statsPeriod: '14d' };
      const byDefault = await issues(orchestrator);
      const resolved = await issues({ ...orchestrator, query: 'is:resolved' });
      const ignored = await issues({ ...gateway, query: 'is:ignored' });
      const everything = await issues({ ...orchestrator, query: '' });

      expect(byDefault.every(issue => issue.status === 'unresolved')).toBe(
        true,
      );
      expect(resolved.map(issue => issue.status)).toEqual(['resolved']);
      expect(ignored.map(issue => issue.status)).toEqual(['ignored']);
      expect(everything).toHaveLength(byDefault.length + 1);
    });

    it('matches free text against the title', async () => {
      const word = await issues({
        statsPeriod: '14d',
        query: 'upstreamconfigerror',
      });
      const phrase = await issues({
        statsPeriod: '14d',
        query: 'is:unresolved "route table missing"',
      });
      const none = await issues({ statsPeriod: '14d', query: 'no such thing' });

      expect(titles(word)).toEqual([
        'UpstreamConfigError: route table missing upstream for /v1/agents/realization/invoke',
      ]);
      expect(phrase).toEqual(word);
      expect(none).toEqual([]);
    });

    it('shows other issues with fewer events on staging', async () => {
      const production = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        environment: 'production',
      });
      const staging = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        environment: 'staging',
      });
      const both = await issues({ project: GATEWAY, statsPeriod: '14d' });
      const total = (list: Issue[]) =>
        list.reduce((sum, issue) => sum + Number(issue.count), 0);

      expect(titles(staging)).not.toEqual(titles(production));
      expect(titles(staging)).not.toContain(titles(production)[0]);
      expect(total(staging)).toBeLessThan(total(production));
      expect(total(both)).toBe(total(production) + total(staging));
    });

    it('counts only the events of the release the query names', async () => {
      const all = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        query: '',
      });
      const release = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        query: 'release:"api-gateway@2026.11.16"',
      });
      const unknown = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        query: 'release:"api-gateway@1999.01.01"',
      });

      expect(release.find(issue => /Upstream/.test(issue.title))?.count).toBe(
        String(BURST_EVENTS),
      );
      for (const issue of release) {
        const before = all.find(other => other.id === issue.id)!;
        // deployed Monday 15:48: nothing of the 14 days before it
        expect(issue.stats['14d']!.slice(0, 10).every(([, n]) => n === 0)).toBe(
          true,
        );
        expect(Number(issue.count)).toBeLessThanOrEqual(Number(before.count));
      }
      expect(unknown).toEqual([]);
    });

    it.each([
      ['freq', (issue: Issue) => Number(issue.count)],
      ['date', (issue: Issue) => Date.parse(issue.lastSeen)],
      ['new', (issue: Issue) => Date.parse(issue.firstSeen)],
    ])('sorts by %s', async (sort, key) => {
      const list = await issues({ statsPeriod: '14d', query: '', sort });
      const keys = list.map(key);

      expect(keys).toEqual([...keys].sort((a, b) => b - a));
    });

    it('pages through every issue once with the cursors of its Link header', async () => {
      const params = { statsPeriod: '24h', query: '', sort: 'freq' };
      const all = await issues({ ...params, limit: '100' });
      const seen: string[] = [];
      let path = issuesPath({ ...params, limit: '10' });
      let pages = 0;
      for (;;) {
        const { res, body } = await get(path);
        pages += 1;
        seen.push(...body.map((issue: Issue) => issue.id));
        const next = /<([^>]+)>; rel="next"; results="(true|false)"/.exec(
          res.headers.get('link')!,
        )!;
        if (next[2] === 'false') break;
        path = next[1].slice(sentry.url.length);
      }

      expect(all.length).toBeGreaterThan(30);
      expect(pages).toBe(Math.ceil(all.length / 10));
      expect(seen).toEqual(all.map(issue => issue.id));
    });

    it('links the pages as Sentry does', async () => {
      const first = await get(issuesPath({ statsPeriod: '24h', query: '' }));
      const base = `${sentry.url}${ISSUES}?statsPeriod=24h&query=`;
      const second = await get(
        issuesPath({ statsPeriod: '24h', query: '', cursor: '0:25:0' }),
      );

      expect(first.body).toHaveLength(25);
      expect(first.res.headers.get('link')).toBe(
        `<${base}&cursor=0%3A0%3A1>; rel="previous"; results="false"; cursor="0:0:1", ` +
          `<${base}&cursor=0%3A25%3A0>; rel="next"; results="true"; cursor="0:25:0"`,
      );
      expect(second.res.headers.get('link')).toBe(
        `<${base}&cursor=0%3A0%3A1>; rel="previous"; results="true"; cursor="0:0:1", ` +
          `<${base}&cursor=0%3A50%3A0>; rel="next"; results="false"; cursor="0:50:0"`,
      );
    });

    it('serves at most 100 issues a page', async () => {
      const capped = await get(
        issuesPath({ statsPeriod: '14d', query: '', limit: '500' }),
      );

      expect(capped.res.headers.get('link')).toContain('cursor="0:100:0"');
    });

    it.each([
      [{ statsPeriod: '7d' }, 400],
      [{ sort: 'priority' }, 400],
      [{ cursor: 'next-page' }, 400],
      [{ limit: '0' }, 400],
      [{ project: '123' }, 403],
    ])('refuses %j with %s', async (params, status) => {
      const { res, body } = await get(issuesPath(params));

      expect(res.status).toBe(status);
      expect(body).toEqual({ detail: expect.any(String) });
    });
  });

  describe('releases', () => {
    it("lists a project's releases newest first", async () => {
      const { body } = await get(
        `/api/0/organizations/valuecanvas/releases/?project=${GATEWAY}`,
      );

      expect(body.length).toBeGreaterThan(2);
      expect(body[0]).toEqual({
        version: 'api-gateway@2026.11.16',
        shortVersion: '2026.11.16',
        dateCreated: '2026-11-16T15:28:00.000Z',
        dateReleased: '2026-11-16T15:48:00.000Z',
        newGroups: 1,
        projects: [{ id: GATEWAY, slug: 'api-gateway', name: 'api-gateway' }],
      });
      for (const release of body) {
        expect(release.version).toMatch(/^api-gateway@\d{4}\.\d\d\.\d\d$/);
        expect(release.dateCreated < release.dateReleased).toBe(true);
      }
      const created = body.map((r: { dateCreated: string }) => r.dateCreated);
      expect(created).toEqual([...created].sort().reverse());
    });

    it('gives every project a few releases in the last 14 days', async () => {
      const { body } = await get('/api/0/organizations/valuecanvas/releases/');
      const since = new Date(Date.UTC(2026, 10, 5, 10, 30)).toISOString();
      const recent = (slug: string) =>
        body.filter(
          (r: { dateReleased: string; projects: Array<{ slug: string }> }) =>
            r.projects[0].slug === slug && r.dateReleased >= since,
        ).length;

      for (const slug of [
        'opportunity-agent',
        'target-agent',
        'realization-agent',
        'expansion-agent',
        'integrity-agent',
        'orchestrator',
        'api-gateway',
        'inventory-backend',
        'inventory-frontend',
      ]) {
        expect(recent(slug)).toBeGreaterThanOrEqual(2);
      }
    });
  });

  describe('the story of the Prometheus history', () => {
    it("puts api-gateway's burst issue in the burst's hour, a day after", async () => {
      const [issue] = await issues(
        {
          project: GATEWAY,
          statsPeriod: '24h',
          query: 'UpstreamConfigError',
        },
        dayAfterBurst,
      );

      // Tuesday 15:30: the first bucket is Monday 16:00
      expect(issue.stats['24h']![0]).toEqual([BURST_HOUR, BURST_EVENTS]);
      expect(issue.stats['24h']!.slice(1).every(([, n]) => n === 0)).toBe(true);
      expect(issue.count).toBe(String(BURST_EVENTS));
      expect(issue.userCount).toBe(400);
      expect(issue.firstSeen).toBe('2026-11-16T16:00:00Z');
      expect(issue.lastSeen).toBe('2026-11-16T16:39:59Z');
    });

    it("makes the burst day api-gateway's worst day in 14d", async () => {
      const list = await issues({
        project: GATEWAY,
        statsPeriod: '14d',
        query: '',
      });
      const burst = list.find(issue => /Upstream/.test(issue.title))!;
      const perDay = burst.stats['14d']!.map(([t], i) => [
        t,
        list.reduce((sum, issue) => sum + issue.stats['14d']![i][1], 0),
      ]);
      const worst = perDay.reduce((a, b) => (b[1] > a[1] ? b : a));

      expect(burst.stats['14d']!.find(([t]) => t === BURST_DAY)).toEqual([
        BURST_DAY,
        BURST_EVENTS,
      ]);
      expect(worst[0]).toBe(BURST_DAY);
    });
  });

  describe('rate limiting', () => {
    let limited: RunningSentry;

    beforeAll(async () => {
      limited = await startSentry({ port: 0, now: () => THURSDAY });
    });

    afterAll(() => limited?.stop());

    it('refuses every 9th issues request with Retry-After: 1, never a retry', async () => {
      const statuses: number[] = [];
      /** A client with up to three attempts (not waiting, to keep the test fast). */
      const fetchIssues = async (project: string) => {
        for (let attempt = 1; attempt <= 3; attempt++) {
          const { res, body } = await get(
            issuesPath({ project, statsPeriod: '24h' }),
            limited,
          );
          statuses.push(res.status);
          if (res.status !== 429) return attempt;
          expect(res.headers.get('retry-after')).toBe('1');
          expect(body.detail).toMatch(/too frequently/);
        }
        throw new Error('no answer in three attempts');
      };

      const attempts: number[] = [];
      for (let i = 0; i < 25; i++) {
        attempts.push(await fetchIssues(i % 2 ? GATEWAY : ORCHESTRATOR));
        // other endpoints do not count
        await get('/api/0/projects/valuecanvas/api-gateway/', limited);
      }

      // 25 calls, three of them retried once
      expect(statuses).toHaveLength(28);
      expect(
        statuses.flatMap((status, i) => (status === 429 ? [i + 1] : [])),
      ).toEqual([9, 18, 27]);
      expect(attempts.filter(n => n === 2)).toHaveLength(3);
      expect(Math.max(...attempts)).toBe(2);
    });
  });
});
