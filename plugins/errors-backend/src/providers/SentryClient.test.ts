import { createServer } from 'node:net';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { rejectionWithoutSecrets } from '@internal/backend-kit';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import {
  API_GATEWAY_PROJECT,
  sentryIssue,
  sentryIssues,
  sentryLink,
} from '../__testUtils__/sentryFixtures';
import {
  SentryClient,
  SentryClientOptions,
  SentryIssueQuery,
} from './SentryClient';

const SENTRY = 'https://sentry.test';
const ISSUES = `${SENTRY}/api/0/organizations/valuecanvas/issues/`;
const TOKEN = 'sntryu_sandboxToken_7c1d93ab';

const server = setupServer();
registerMswTestHooks(server);

type Answer = (url: URL) => Response | Promise<Response>;

/**
 * Answers each request to Sentry with the next of `answers` (the last
 * repeats) and notes what was asked, with which Authorization header.
 */
function sentry(...answers: Answer[]) {
  const seen: Array<{
    url: URL;
    method: string;
    authorization: string | null;
  }> = [];
  server.use(
    http.all(`${SENTRY}/*`, ({ request }) => {
      const url = new URL(request.url);
      seen.push({
        url,
        method: request.method,
        authorization: request.headers.get('authorization'),
      });
      return answers[Math.min(seen.length, answers.length) - 1](url);
    }),
  );
  return seen;
}

function client(options: Partial<SentryClientOptions> = {}) {
  return new SentryClient({
    baseUrl: SENTRY,
    token: TOKEN,
    timeoutMs: 1_000,
    attempts: 3,
    backoffMs: 1,
    ...options,
  });
}

const query: SentryIssueQuery = {
  org: 'valuecanvas',
  projectId: API_GATEWAY_PROJECT.id,
  statsPeriod: '24h',
  sort: 'freq',
  maxIssues: 100,
};

/** The rejection of `promise`, checked not to reveal the token anywhere. */
function rejection(promise: Promise<unknown>): Promise<Error> {
  return rejectionWithoutSecrets(promise, TOKEN, '7c1d93ab');
}

/** A page of issues with a Link header leading to `next`, if given. */
const page =
  (issues: unknown[], next?: string): Answer =>
  () =>
    HttpResponse.json(issues, { headers: { Link: sentryLink(ISSUES, next) } });

describe('SentryClient', () => {
  it('GETs the project with the bearer token and reads its id', async () => {
    const seen = sentry(() => HttpResponse.json(API_GATEWAY_PROJECT));

    const project = await client({ baseUrl: `${SENTRY}/` }).getProject(
      'valuecanvas',
      'api-gateway',
    );

    expect(seen).toEqual([
      {
        url: new URL(`${SENTRY}/api/0/projects/valuecanvas/api-gateway/`),
        method: 'GET',
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    expect(project).toMatchObject({
      id: '4508123456789',
      slug: 'api-gateway',
      name: 'api-gateway',
    });
  });

  it('says which project Sentry does not know on a 404, without retrying', async () => {
    const seen = sentry(() =>
      HttpResponse.json(
        { detail: 'The requested resource does not exist' },
        { status: 404 },
      ),
    );

    const error = await rejection(client().getProject('valuecanvas', 'foo'));
    const environments = await rejection(
      client().listEnvironments('valuecanvas', 'foo'),
    );

    expect(seen).toHaveLength(2);
    expect(error.name).toBe('UnknownSentryProjectError');
    expect(error.message).toBe('Sentry has no project valuecanvas/foo');
    expect((error as { project?: string }).project).toBe('valuecanvas/foo');
    expect(environments.name).toBe('UnknownSentryProjectError');
  });

  it('encodes path segments and refuses dot segments', async () => {
    const seen = sentry(() => HttpResponse.json(API_GATEWAY_PROJECT));

    await client().getProject('value canvas', 'a?b#c');
    expect(seen[0].url.pathname).toBe(
      '/api/0/projects/value%20canvas/a%3Fb%23c/',
    );

    const error = await rejection(client().getProject('valuecanvas', '..'));
    expect(error.message).toBe('".." cannot be part of a Sentry path');
    expect(seen).toHaveLength(1);
  });

  it('follows the Link cursor over three pages until results="false"', async () => {
    const seen = sentry(
      page(sentryIssues(1, 25), '1763722800000:25:0'),
      page(sentryIssues(26, 25), '1763722800000:50:0'),
      page(sentryIssues(51, 10)),
    );

    const { issues, truncated } = await client().listIssues(query);

    expect(issues.map(i => i.id)).toEqual(
      Array.from({ length: 60 }, (_, i) => String(i + 1)),
    );
    expect(truncated).toBe(false);
    const base = [
      ['project', '4508123456789'],
      ['statsPeriod', '24h'],
      ['groupStatsPeriod', '24h'],
      ['query', 'is:unresolved'],
      ['sort', 'freq'],
      ['limit', '25'],
    ];
    expect(seen.map(s => [s.url.pathname, [...s.url.searchParams]])).toEqual([
      ['/api/0/organizations/valuecanvas/issues/', base],
      [
        '/api/0/organizations/valuecanvas/issues/',
        [...base, ['cursor', '1763722800000:25:0']],
      ],
      [
        '/api/0/organizations/valuecanvas/issues/',
        [...base, ['cursor', '1763722800000:50:0']],
      ],
    ]);
    expect(seen.every(s => s.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('stops at maxIssues and says more remained', async () => {
    const seen = sentry(
      page(sentryIssues(1, 25), '0:25:0'),
      page(sentryIssues(26, 25), '0:50:0'),
    );

    const { issues, truncated } = await client().listIssues({
      ...query,
      maxIssues: 30,
    });

    expect(seen).toHaveLength(2);
    expect(issues).toHaveLength(30);
    expect(issues[29].id).toBe('30');
    expect(truncated).toBe(true);
  });

  it('says more remained when maxIssues fills a page exactly and Sentry has a next one', async () => {
    const seen = sentry(page(sentryIssues(1, 25), '0:25:0'));

    const result = await client().listIssues({ ...query, maxIssues: 25 });

    expect(seen).toHaveLength(1);
    expect(result.issues).toHaveLength(25);
    expect(result.truncated).toBe(true);
  });

  it('ends the list at an empty page whatever its Link says', async () => {
    const seen = sentry(page(sentryIssues(1, 3), '0:25:0'), page([], '0:50:0'));

    const result = await client().listIssues(query);

    expect(seen).toHaveLength(2);
    expect(result).toMatchObject({ truncated: false });
    expect(result.issues).toHaveLength(3);
  });

  it('passes environment, periods and release as search parameters, the release escaped', async () => {
    const seen = sentry(page([]));

    await client().listIssues({
      ...query,
      environment: 'prod&debug=1',
      release: '1.0" OR is:resolved',
      statsPeriod: '14d',
      sort: 'new',
    });
    await client().listIssues({
      ...query,
      release: 'a\\" b',
    });

    expect([...seen[0].url.searchParams]).toEqual([
      ['project', '4508123456789'],
      ['environment', 'prod&debug=1'],
      ['statsPeriod', '14d'],
      ['groupStatsPeriod', '14d'],
      ['query', 'is:unresolved release:"1.0\\" OR is:resolved"'],
      ['sort', 'new'],
      ['limit', '25'],
    ]);
    expect(seen[0].url.search).toContain('environment=prod%26debug%3D1&');
    expect(seen[1].url.searchParams.get('query')).toBe(
      'is:unresolved release:"a\\\\\\" b"',
    );
  });

  it('reads issues in the documented shape', async () => {
    sentry(page([sentryIssue('7', { culprit: null, count: '4312' })]));

    const { issues } = await client().listIssues(query);

    expect(issues[0]).toMatchObject({
      id: '7',
      shortId: 'API-GATEWAY-7',
      culprit: null,
      count: '4312',
      userCount: 14,
      stats: {
        '24h': [
          [1763715600, 3],
          [1763719200, 5],
        ],
      },
    });
  });

  it('lists the visible environments and the releases of the project', async () => {
    const seen = sentry(url =>
      url.pathname.endsWith('/environments/')
        ? HttpResponse.json([
            { id: '1', name: 'production', isHidden: false },
            { id: '2', name: 'staging', isHidden: false },
          ])
        : HttpResponse.json([
            {
              id: 9,
              version: 'api-gateway@17.2.0',
              shortVersion: '17.2.0',
              ref: null,
              url: null,
              dateCreated: '2026-11-20T10:00:00.000000Z',
              dateReleased: null,
              newGroups: 3,
              projects: [{ name: 'api-gateway', slug: 'api-gateway' }],
            },
          ]),
    );

    const environments = await client().listEnvironments(
      'valuecanvas',
      'api-gateway',
    );
    const releases = await client().listReleases(
      'valuecanvas',
      '4508123456789',
    );

    expect(seen.map(s => `${s.url.pathname}${s.url.search}`)).toEqual([
      '/api/0/projects/valuecanvas/api-gateway/environments/?visibility=visible',
      '/api/0/organizations/valuecanvas/releases/?project=4508123456789',
    ]);
    expect(environments.map(e => e.name)).toEqual(['production', 'staging']);
    expect(releases).toEqual([
      expect.objectContaining({
        version: 'api-gateway@17.2.0',
        dateCreated: '2026-11-20T10:00:00.000000Z',
        dateReleased: null,
        newGroups: 3,
      }),
    ]);
  });

  it('retries a 429 as soon as Retry-After: 0 allows, then succeeds', async () => {
    const seen = sentry(
      () =>
        HttpResponse.json(
          { detail: 'You are attempting to use this endpoint too frequently.' },
          { status: 429, headers: { 'Retry-After': '0' } },
        ),
      () => HttpResponse.json(API_GATEWAY_PROJECT),
    );

    // Only Retry-After: 0 lets the retry happen within the test's time.
    const project = await client({ backoffMs: 60_000 }).getProject(
      'valuecanvas',
      'api-gateway',
    );

    expect(seen).toHaveLength(2);
    expect(project.id).toBe('4508123456789');
  });

  it('gives up after three 503s, naming Sentry', async () => {
    const seen = sentry(
      () => new HttpResponse('upstream busy', { status: 503 }),
    );

    const error = await rejection(client().listIssues(query));

    expect(seen).toHaveLength(3);
    expect(error.message).toMatch(
      /^Sentry at https:\/\/sentry\.test failed after 3 attempts; caused by Error: Sentry answered 503\b/,
    );
  });

  it('stops waiting after timeoutMs on each attempt', async () => {
    const seen = sentry(async () => {
      await delay(500);
      return HttpResponse.json([]);
    });

    const error = await rejection(
      client({ timeoutMs: 50, attempts: 2 }).listIssues(query),
    );

    expect(seen).toHaveLength(2);
    expect(error.message).toBe(
      'Sentry at https://sentry.test failed after 2 attempts; caused by Error: Sentry did not answer within 50 ms',
    );
  });

  it('retries a refused connection, then gives up', async () => {
    const port = await closedPort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server.use(http.all(`${baseUrl}/*`, () => passthrough()));

    const error = await rejection(
      client({ baseUrl, attempts: 2 }).getProject('valuecanvas', 'api-gateway'),
    );

    expect(error.message).toMatch(
      new RegExp(`^Sentry at ${baseUrl} failed after 2 attempts; caused by`),
    );
    expect(String((error.cause as Error).cause)).toContain('ECONNREFUSED');
  });

  it.each([401, 403])(
    'reports a refused token (%i) at once, without quoting it',
    async status => {
      const seen = sentry(() =>
        HttpResponse.json({ detail: 'Invalid token' }, { status }),
      );

      const error = await rejection(client().listIssues(query));

      expect(seen).toHaveLength(1);
      expect(error.message).toMatch(
        /^Sentry at https:\/\/sentry\.test refused the auth token \(40[13]\b.*\): check errors\.sentry\.token and that it has the event:read and project:read scopes$/,
      );
    },
  );

  it('reports another 4xx at once, saying what was asked', async () => {
    const seen = sentry(() =>
      HttpResponse.json({ detail: 'Invalid query' }, { status: 400 }),
    );

    const error = await rejection(client().listIssues(query));

    expect(seen).toHaveLength(1);
    expect(error.message).toMatch(
      /^Sentry at https:\/\/sentry\.test answered 400\b.* for the issues of project 4508123456789$/,
    );
  });

  it('rejects a body that is not JSON (a login page, say) without retrying', async () => {
    const seen = sentry(
      () =>
        new HttpResponse('<!doctype html><title>Sentry</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await rejection(
      client().listEnvironments('valuecanvas', 'api-gateway'),
    );

    expect(seen).toHaveLength(1);
    expect(error.message).toBe(
      'Sentry at https://sentry.test answered the environments of project valuecanvas/api-gateway with a body that is not JSON',
    );
  });

  it.each([
    [
      'a count given as a number',
      [sentryIssue('1'), { ...sentryIssue('2'), count: 12 }],
      '1.count: Expected string, received number',
    ],
    [
      'an object instead of a list',
      { issues: [] },
      'the body: Expected array, received object',
    ],
    [
      'stats that are not [time, n] pairs',
      [sentryIssue('1', { stats: { '24h': [[1763715600]] } as never })],
      '0.stats.24h.0: Array must contain at least 2 element(s)',
    ],
    [
      'a permalink that is not http(s)',
      [
        sentryIssue('1', {
          permalink: 'data:text/html,<script>alert(1)</script>',
        }),
      ],
      '0.permalink: must be an http(s) URL',
    ],
  ])('rejects %s, saying where', async (_, body, where) => {
    const seen = sentry(() => HttpResponse.json(body));

    const error = await rejection(client().listIssues(query));

    expect(seen).toHaveLength(1);
    expect(error.message).toBe(
      `Sentry at https://sentry.test answered the issues of project 4508123456789 in an unexpected shape: ${where}`,
    );
  });

  it('refuses a token a header cannot carry, or none, without quoting it', () => {
    const thrown = (token: string) => {
      try {
        client({ token });
      } catch (error) {
        return error as Error;
      }
      return undefined;
    };

    const multiLine = thrown('sntryu_sandbox\n7c1d93ab');
    expect(multiLine?.message).toBe(
      'The Sentry token holds characters a header cannot carry (a line break or space?)',
    );
    expect(String(multiLine?.stack)).not.toContain('7c1d93ab');
    expect(thrown('')?.message).toBe('The Sentry API needs an auth token');
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise(resolve => probe.close(resolve));
  return port;
}
