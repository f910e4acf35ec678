import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import {
  API_GATEWAY_PROJECT,
  sentryIssue,
  sentryLink,
} from './__testUtils__/sentryFixtures';
import { errorsPlugin } from './plugin';

const SENTRY = 'https://sentry.test';
const TOKEN = 'sntryu_routerToken_5b7e0c2f';
const ISSUES = `${SENTRY}/api/0/organizations/valuecanvas/issues/`;

function entity(name: string, annotation?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: annotation ? { 'sentry.io/project-slug': annotation } : {},
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  };
}

/** Sentry's issues for api-gateway: two pages of two, with a third behind. */
const PAGES: Record<string, { issues: unknown[]; next?: string }> = {
  first: {
    issues: [
      sentryIssue('101', { count: '120', userCount: 14 }),
      sentryIssue('102', { count: '7', userCount: 3, level: 'warning' }),
    ],
    next: '1763722800000:2:0',
  },
  '1763722800000:2:0': {
    issues: [
      sentryIssue('103', { count: '1', userCount: 0, culprit: null }),
      sentryIssue('104', { count: '900', userCount: 50 }),
    ],
    next: '1763722800000:4:0',
  },
};

describe('errors router', () => {
  // supertest talks to the backend on 127.0.0.1: let that through, refuse
  // anything else msw has no handler for.
  const server = setupServer();
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (req, print) => {
        if (new URL(req.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  // `sentryDown` makes Sentry answer 503, `refused` 401; `asked` notes what
  // Sentry was asked and with which Authorization header.
  let sentryDown = false;
  let refused = false;
  let asked: Array<{ url: URL; authorization: string | null }> = [];
  beforeEach(() => {
    sentryDown = false;
    refused = false;
    asked = [];
    server.use(
      http.get(`${SENTRY}/*`, ({ request: req }) => {
        const url = new URL(req.url);
        asked.push({ url, authorization: req.headers.get('authorization') });
        if (sentryDown) return new HttpResponse('busy', { status: 503 });
        if (refused) {
          return HttpResponse.json(
            { detail: 'Invalid token' },
            { status: 401 },
          );
        }
        return sentryAnswer(url);
      }),
    );
  });

  function sentryAnswer(url: URL): Response {
    switch (url.pathname) {
      case '/api/0/projects/valuecanvas/api-gateway/':
        return HttpResponse.json(API_GATEWAY_PROJECT);
      case '/api/0/organizations/valuecanvas/issues/': {
        const page = PAGES[url.searchParams.get('cursor') ?? 'first'];
        return HttpResponse.json(page.issues, {
          headers: { Link: sentryLink(ISSUES, page.next) },
        });
      }
      case '/api/0/projects/valuecanvas/api-gateway/environments/':
        return HttpResponse.json([
          { id: '1', name: 'production', isHidden: false },
          { id: '2', name: 'staging', isHidden: false },
        ]);
      case '/api/0/organizations/valuecanvas/releases/':
        return HttpResponse.json([
          {
            id: 12,
            version: 'api-gateway@17.2.0',
            shortVersion: '17.2.0',
            dateCreated: '2026-11-20T10:00:00.000000Z',
            dateReleased: '2026-11-20T10:30:00.000000Z',
            newGroups: 2,
          },
          {
            id: 11,
            version: 'api-gateway@17.1.0',
            shortVersion: '17.1.0',
            dateCreated: '2026-11-01T09:00:00.000000Z',
            dateReleased: null,
            newGroups: 0,
          },
        ]);
      default:
        return HttpResponse.json(
          { detail: 'The requested resource does not exist' },
          { status: 404 },
        );
    }
  }

  const SENTRY_CONFIG = {
    baseUrl: SENTRY,
    organization: 'valuecanvas',
    token: TOKEN,
    timeout: { seconds: 2 },
    cacheTtl: { seconds: 0 },
    maxIssues: 3,
  };

  async function start(errors: JsonObject = { sentry: SENTRY_CONFIG }) {
    const { server: app } = await startTestBackend({
      features: [
        errorsPlugin,
        mockServices.rootConfig.factory({ data: { errors } }),
        catalogServiceMock.factory({
          entities: [
            entity('api-gateway', 'valuecanvas/api-gateway'),
            entity('ghost', 'foo'),
            entity('typo', 'ValueCanvas/api-gateway'),
            entity('plain'),
          ],
        }),
      ],
    });
    return app;
  }

  /** A GET of the errors API, checked not to reveal the Sentry token. */
  async function get(
    app: Awaited<ReturnType<typeof start>>,
    path: string,
    query: Record<string, string | string[]> = {},
  ) {
    const res = await request(app).get(`/api/errors${path}`).query(query);
    expect(JSON.stringify(res.body)).not.toContain('5b7e0c2f');
    return res;
  }

  const API_GATEWAY = { entityRef: 'component:default/api-gateway' };

  it('answers health checks without credentials, but nothing else', async () => {
    const app = await start();
    const health = await request(app)
      .get('/api/errors/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });

    const issues = await request(app)
      .get('/api/errors/v1/issues')
      .query(API_GATEWAY)
      .set('Authorization', mockCredentials.none.header());
    expect(issues.status).toBe(401);
  });

  it("lists the entity's issues up to maxIssues, with their totals", async () => {
    const app = await start();
    const res = await get(app, '/v1/issues', API_GATEWAY);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      fetchedAt: expect.stringMatching(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
      ),
      period: '24h',
      sort: 'freq',
      issues: [
        expect.objectContaining({ id: '101', count: 120, userCount: 14 }),
        expect.objectContaining({ id: '102', count: 7, level: 'warning' }),
        {
          id: '103',
          shortId: 'API-GATEWAY-103',
          title:
            "TypeError: Cannot read properties of undefined (reading 'agentId')",
          culprit: '',
          level: 'error',
          status: 'unresolved',
          count: 1,
          userCount: 0,
          firstSeen: '2026-11-18T09:12:44.000000Z',
          lastSeen: '2026-11-21T11:58:02.000000Z',
          permalink: 'https://valuecanvas.sentry.io/issues/103/',
          stats: [
            [1763715600, 3],
            [1763719200, 5],
          ],
        },
      ],
      // 120 + 7 + 1 events, 14 + 3 + 0 users; issue 104 is past maxIssues
      totals: { events: 128, users: 17, unresolved: 3 },
      truncated: true,
    });
    expect(asked.map(a => a.authorization)).toEqual([
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
    ]);
  });

  it('passes the filters on to Sentry as search parameters', async () => {
    const app = await start();
    const res = await get(app, '/v1/issues', {
      ...API_GATEWAY,
      environment: 'prod&debug=1',
      release: '1.0" OR is:resolved',
      period: '14d',
      sort: 'new',
    });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: '14d',
      sort: 'new',
      environment: 'prod&debug=1',
      release: '1.0" OR is:resolved',
    });
    // this test's Sentry answers 24h stats only: none for the 14d timeline
    expect(res.body.issues[0].stats).toEqual([]);
    const issues = asked.find(a => a.url.pathname.endsWith('/issues/'))!;
    expect(Object.fromEntries(issues.url.searchParams)).toEqual({
      project: '4508123456789',
      environment: 'prod&debug=1',
      statsPeriod: '14d',
      groupStatsPeriod: '14d',
      query: 'is:unresolved release:"1.0\\" OR is:resolved"',
      sort: 'new',
      limit: '25',
    });
  });

  it("lists the entity's environments and releases", async () => {
    const app = await start();
    const environments = await get(app, '/v1/environments', API_GATEWAY);
    const releases = await get(app, '/v1/releases', API_GATEWAY);

    expect(environments.status).toBe(200);
    expect(environments.body).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      fetchedAt: expect.any(String),
      environments: ['production', 'staging'],
    });
    expect(releases.status).toBe(200);
    expect(releases.body).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      fetchedAt: expect.any(String),
      releases: [
        {
          version: 'api-gateway@17.2.0',
          dateCreated: '2026-11-20T10:00:00.000000Z',
          dateReleased: '2026-11-20T10:30:00.000000Z',
          newGroups: 2,
        },
        {
          version: 'api-gateway@17.1.0',
          dateCreated: '2026-11-01T09:00:00.000000Z',
          newGroups: 0,
        },
      ],
    });
    expect(
      asked.find(a => a.url.pathname.endsWith('/releases/'))?.url.search,
    ).toBe('?project=4508123456789');
  });

  it.each<[string, Record<string, string | string[]>, string]>([
    ['no entityRef', {}, 'entityRef is required'],
    [
      'a malformed entityRef',
      { entityRef: 'component:default/Not A Name' },
      'entityRef "component:default/Not A Name" is not an entity reference such as component:default/my-service',
    ],
    [
      'a repeated entityRef',
      {
        entityRef: ['component:default/api-gateway', 'component:default/plain'],
      },
      'entityRef must be given once, as text',
    ],
    [
      'an unknown period',
      { ...API_GATEWAY, period: '7d' },
      'period must be one of 24h, 14d',
    ],
    [
      'a repeated period',
      { ...API_GATEWAY, period: ['24h', '14d'] },
      'period must be given once, as text',
    ],
    [
      'an unknown sort',
      { ...API_GATEWAY, sort: 'priority' },
      'sort must be one of freq, date, new',
    ],
    [
      'an environment with a line break',
      { ...API_GATEWAY, environment: 'production\nis:resolved' },
      'environment must not contain control characters or line breaks',
    ],
    [
      'an empty environment',
      { ...API_GATEWAY, environment: '' },
      'environment must not be empty',
    ],
    [
      'an environment of 65 characters',
      { ...API_GATEWAY, environment: 'e'.repeat(65) },
      'environment must be at most 64 characters',
    ],
    [
      'a release of 201 characters',
      { ...API_GATEWAY, release: 'r'.repeat(201) },
      'release must be at most 200 characters',
    ],
    [
      'a release with a tab',
      { ...API_GATEWAY, release: '1.0\tx' },
      'release must not contain control characters or line breaks',
    ],
    [
      'a release with a backslash',
      { ...API_GATEWAY, release: '1.0\\' },
      'release must not contain a backslash',
    ],
  ])('answers 400 to %s', async (_, query, message) => {
    const app = await start();
    const res = await get(app, '/v1/issues', query);

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'InputError', message });
    expect(asked).toEqual([]);
  });

  it('accepts the longest environment and release', async () => {
    const app = await start();
    const res = await get(app, '/v1/issues', {
      ...API_GATEWAY,
      environment: 'e'.repeat(64),
      release: 'r'.repeat(200),
    });
    expect(res.status).toBe(200);
  });

  it.each(['/v1/issues', '/v1/environments', '/v1/releases'])(
    'answers %s with 404 for an entity the catalog lacks or one without the annotation',
    async path => {
      const app = await start();
      const missing = await get(app, path, {
        entityRef: 'component:default/nope',
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        'No entity component:default/nope in the catalog',
      );

      const plain = await get(app, path, {
        entityRef: 'component:default/plain',
      });
      expect(plain.status).toBe(404);
      expect(plain.body.error.message).toBe(
        'component:default/plain has no sentry.io/project-slug annotation',
      );
    },
  );

  it('answers an unknown project or a bad annotation with a 200 saying so', async () => {
    const app = await start();
    const ghost = await get(app, '/v1/issues', {
      entityRef: 'component:default/ghost',
    });
    expect(ghost.status).toBe(200);
    expect(ghost.body).toMatchObject({
      project: 'valuecanvas/foo',
      stale: false,
      issues: [],
      error: {
        kind: 'unknown-project',
        message: 'Sentry has no project valuecanvas/foo',
      },
    });

    const typo = await get(app, '/v1/environments', {
      entityRef: 'component:default/typo',
    });
    expect(typo.status).toBe(200);
    expect(typo.body).toMatchObject({
      project: 'ValueCanvas/api-gateway',
      environments: [],
      error: { kind: 'invalid-annotation' },
    });
  });

  it('serves the last good answer marked stale when Sentry fails', async () => {
    const app = await start();
    const fresh = await get(app, '/v1/environments', API_GATEWAY);
    expect(fresh.body.stale).toBe(false);

    sentryDown = true;
    const stale = await get(app, '/v1/environments', API_GATEWAY);

    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({
      stale: true,
      fetchedAt: fresh.body.fetchedAt,
      environments: ['production', 'staging'],
      error: { kind: 'unavailable' },
    });
    expect(stale.body.error.message).toMatch(
      /^Sentry at https:\/\/sentry\.test failed after 3 attempts; caused by Error: Sentry answered 503/,
    );
  });

  it('says the token was refused without showing it', async () => {
    const app = await start();
    refused = true;
    const res = await get(app, '/v1/releases', API_GATEWAY);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      stale: false,
      releases: [],
      error: { kind: 'unavailable' },
    });
    expect(res.body.error.message).toMatch(
      /^Sentry at https:\/\/sentry\.test refused the auth token \(401\b/,
    );
    expect(asked).toHaveLength(1);
    expect(asked[0].authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('answers without Sentry when errors.sentry is not configured', async () => {
    const app = await start({});
    const res = await get(app, '/v1/issues', API_GATEWAY);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      stale: false,
      issues: [],
      error: {
        kind: 'unavailable',
        message: expect.stringMatching(/^errors\.sentry is not configured/),
      },
    });
    expect(asked).toEqual([]);
  });
});
