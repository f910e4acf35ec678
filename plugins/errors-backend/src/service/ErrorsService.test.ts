import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  API_GATEWAY_PROJECT,
  sentryIssue,
} from '../__testUtils__/sentryFixtures';
import { UnknownSentryProjectError } from '../providers/SentryClient';
import { ErrorsService, NOT_CONFIGURED, SentryApi } from './ErrorsService';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 21, 12, 0, 0);

function entity(annotation?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'api-gateway',
      annotations:
        annotation === undefined
          ? {}
          : { 'sentry.io/project-slug': annotation },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  };
}

const API_GATEWAY = entity('valuecanvas/api-gateway');

/** A Sentry whose answers each test sets; the issues are two of Sentry's. */
function fakeSentry() {
  return {
    getProject: jest.fn().mockResolvedValue(API_GATEWAY_PROJECT),
    listIssues: jest.fn().mockResolvedValue({
      issues: [
        sentryIssue('1', { count: '120', userCount: 14 }),
        sentryIssue('2', { count: '7', userCount: 3, status: 'ignored' }),
      ],
      truncated: true,
    }),
    listEnvironments: jest.fn().mockResolvedValue([
      { id: '1', name: 'production', isHidden: false },
      { id: '2', name: 'staging', isHidden: false },
    ]),
    listReleases: jest.fn().mockResolvedValue([
      {
        version: 'api-gateway@17.2.0',
        shortVersion: '17.2.0',
        dateCreated: '2026-11-20T10:00:00.000000Z',
        dateReleased: null,
        newGroups: 3,
      },
    ]),
  } satisfies jest.Mocked<SentryApi>;
}

function setup(options: { sentry?: SentryApi | null } = {}) {
  const clock = { now: START };
  const sentry =
    options.sentry === null ? undefined : options.sentry ?? fakeSentry();
  const logger = mockServices.logger.mock();
  const service = new ErrorsService({
    sentry,
    organization: 'valuecanvas',
    cache: CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('errors'),
    logger,
    freshMs: MINUTE,
    maxIssues: 100,
    now: () => clock.now,
  });
  return { service, clock, logger };
}

const filters = { period: '24h', sort: 'freq' } as const;

describe('ErrorsService', () => {
  it('answers the issues with their totals, asking Sentry with the project id', async () => {
    const sentry = fakeSentry();
    const { service } = setup({ sentry });

    const answer = await service.issues(API_GATEWAY, {
      ...filters,
      environment: 'production',
      release: 'api-gateway@17.2.0',
    });

    expect(sentry.getProject).toHaveBeenCalledWith(
      'valuecanvas',
      'api-gateway',
    );
    expect(sentry.listIssues).toHaveBeenCalledWith({
      org: 'valuecanvas',
      projectId: '4508123456789',
      environment: 'production',
      release: 'api-gateway@17.2.0',
      statsPeriod: '24h',
      sort: 'freq',
      maxIssues: 100,
    });
    expect(answer).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      fetchedAt: '2026-11-21T12:00:00.000Z',
      period: '24h',
      sort: 'freq',
      environment: 'production',
      release: 'api-gateway@17.2.0',
      issues: [
        expect.objectContaining({ id: '1', count: 120, userCount: 14 }),
        expect.objectContaining({ id: '2', count: 7, status: 'ignored' }),
      ],
      // 120 + 7 events, 14 + 3 users, one of the two unresolved
      totals: { events: 127, users: 17, unresolved: 1 },
      truncated: true,
    });
  });

  it('reuses an answer for cacheTtl and the project id for a day', async () => {
    const sentry = fakeSentry();
    const { service, clock } = setup({ sentry });

    await service.issues(API_GATEWAY, filters);
    clock.now += MINUTE - 1;
    const cached = await service.issues(API_GATEWAY, filters);
    expect(cached.fetchedAt).toBe('2026-11-21T12:00:00.000Z');
    expect(sentry.listIssues).toHaveBeenCalledTimes(1);

    // other filters are another answer
    await service.issues(API_GATEWAY, { ...filters, environment: 'staging' });
    await service.issues(API_GATEWAY, { ...filters, sort: 'new' });
    expect(sentry.listIssues).toHaveBeenCalledTimes(3);

    clock.now = START + MINUTE;
    const again = await service.issues(API_GATEWAY, filters);
    expect(again.fetchedAt).toBe('2026-11-21T12:01:00.000Z');
    expect(sentry.listIssues).toHaveBeenCalledTimes(4);
    expect(sentry.getProject).toHaveBeenCalledTimes(1);

    clock.now = START + 24 * 60 * MINUTE;
    await service.issues(API_GATEWAY, filters);
    expect(sentry.getProject).toHaveBeenCalledTimes(2);
  });

  it('serves the last good answer, stale, when Sentry fails', async () => {
    const sentry = fakeSentry();
    const { service, clock, logger } = setup({ sentry });
    await service.issues(API_GATEWAY, filters);

    clock.now += 5 * MINUTE;
    sentry.listIssues.mockRejectedValue(
      new Error('Sentry at https://sentry.io failed after 3 attempts'),
    );
    const answer = await service.issues(API_GATEWAY, filters);

    expect(answer).toMatchObject({
      stale: true,
      fetchedAt: '2026-11-21T12:00:00.000Z',
      error: {
        kind: 'unavailable',
        message: 'Sentry at https://sentry.io failed after 3 attempts',
      },
      totals: { events: 127, users: 17, unresolved: 1 },
      truncated: true,
    });
    expect(answer.issues.map(i => i.id)).toEqual(['1', '2']);
    expect(logger.warn).toHaveBeenCalledWith(
      'Sentry failed for component:default/api-gateway; serving the last good answer',
      {
        entityRef: 'component:default/api-gateway',
        project: 'valuecanvas/api-gateway',
        error: 'Sentry at https://sentry.io failed after 3 attempts',
      },
    );
  });

  it('answers empty lists with the error when there is no last good answer', async () => {
    const sentry = fakeSentry();
    const down = new Error('Sentry did not answer within 10000 ms');
    sentry.getProject.mockRejectedValue(down);
    sentry.listEnvironments.mockRejectedValue(down);
    const { service } = setup({ sentry });

    const error = { kind: 'unavailable', message: down.message };
    expect(await service.issues(API_GATEWAY, filters)).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      error,
      period: '24h',
      sort: 'freq',
      issues: [],
      totals: { events: 0, users: 0, unresolved: 0 },
      truncated: false,
    });
    expect(await service.environments(API_GATEWAY)).toMatchObject({
      stale: false,
      error,
      environments: [],
    });
    expect(await service.releases(API_GATEWAY)).toMatchObject({
      stale: false,
      error,
      releases: [],
    });
  });

  it('says Sentry has no such project, naming it, in every answer', async () => {
    const sentry = fakeSentry();
    const unknown = new UnknownSentryProjectError('valuecanvas/foo');
    sentry.getProject.mockRejectedValue(unknown);
    sentry.listEnvironments.mockRejectedValue(unknown);
    const { service, logger } = setup({ sentry });
    const foo = entity('foo');

    const error = {
      kind: 'unknown-project',
      message: 'Sentry has no project valuecanvas/foo',
    };
    expect(await service.issues(foo, filters)).toMatchObject({
      project: 'valuecanvas/foo',
      stale: false,
      error,
      issues: [],
    });
    expect(await service.environments(foo)).toMatchObject({
      error,
      environments: [],
    });
    expect(await service.releases(foo)).toMatchObject({ error, releases: [] });
    expect(sentry.listIssues).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'Sentry has no project valuecanvas/foo for component:default/api-gateway',
      {
        entityRef: 'component:default/api-gateway',
        project: 'valuecanvas/foo',
        error: 'Sentry has no project valuecanvas/foo',
      },
    );
  });

  it('serves no stale answer once the project is gone', async () => {
    const sentry = fakeSentry();
    const { service, clock } = setup({ sentry });
    await service.issues(API_GATEWAY, filters);

    clock.now += 24 * 60 * MINUTE;
    sentry.getProject.mockRejectedValue(
      new UnknownSentryProjectError('valuecanvas/api-gateway'),
    );
    const answer = await service.issues(API_GATEWAY, filters);

    expect(answer).toMatchObject({
      stale: false,
      error: { kind: 'unknown-project' },
      issues: [],
    });
    expect(answer.fetchedAt).toBeUndefined();
  });

  it('keeps using a known project id while Sentry cannot give it', async () => {
    const sentry = fakeSentry();
    const { service, clock } = setup({ sentry });
    await service.issues(API_GATEWAY, filters);

    clock.now += 24 * 60 * MINUTE;
    sentry.getProject.mockRejectedValue(new Error('Sentry answered 503'));
    const answer = await service.issues(API_GATEWAY, filters);

    expect(answer.stale).toBe(false);
    expect(answer.error).toBeUndefined();
    expect(sentry.listIssues).toHaveBeenCalledTimes(2);
    expect(sentry.listIssues.mock.calls[1][0].projectId).toBe('4508123456789');
  });

  it.each([
    ['Valuecanvas/API', 'is not [organization/]project made of Sentry slugs'],
    ['a/b/c', 'is not [organization/]project made of Sentry slugs'],
  ])(
    'answers a bad annotation %j with invalid-annotation, asking Sentry nothing',
    async (annotation, message) => {
      const sentry = fakeSentry();
      const { service } = setup({ sentry });

      const answer = await service.environments(entity(annotation));

      expect(answer).toEqual({
        entityRef: 'component:default/api-gateway',
        project: annotation,
        stale: false,
        error: {
          kind: 'invalid-annotation',
          message: `sentry.io/project-slug "${annotation}" ${message}`,
        },
        environments: [],
      });
      expect(sentry.listEnvironments).not.toHaveBeenCalled();
    },
  );

  it('reads a bare project slug in the configured organization', async () => {
    const sentry = fakeSentry();
    const { service } = setup({ sentry });

    const answer = await service.environments(entity('api-gateway'));

    expect(sentry.listEnvironments).toHaveBeenCalledWith(
      'valuecanvas',
      'api-gateway',
    );
    expect(answer).toEqual({
      entityRef: 'component:default/api-gateway',
      project: 'valuecanvas/api-gateway',
      stale: false,
      fetchedAt: '2026-11-21T12:00:00.000Z',
      environments: ['production', 'staging'],
    });
  });

  it("lists the project's releases by its id", async () => {
    const sentry = fakeSentry();
    const { service } = setup({ sentry });

    const answer = await service.releases(API_GATEWAY);

    expect(sentry.listReleases).toHaveBeenCalledWith(
      'valuecanvas',
      '4508123456789',
    );
    expect(answer.releases).toEqual([
      {
        version: 'api-gateway@17.2.0',
        dateCreated: '2026-11-20T10:00:00.000000Z',
        newGroups: 3,
      },
    ]);
  });

  it('says errors.sentry is not configured when it is not', async () => {
    const { service } = setup({ sentry: null });

    const error = { kind: 'unavailable', message: NOT_CONFIGURED };
    expect(await service.issues(API_GATEWAY, filters)).toMatchObject({
      project: 'valuecanvas/api-gateway',
      stale: false,
      error,
      issues: [],
    });
    expect(await service.environments(API_GATEWAY)).toMatchObject({ error });
    expect(await service.releases(API_GATEWAY)).toMatchObject({ error });
    expect(NOT_CONFIGURED).toMatch(/^errors\.sentry is not configured/);
  });
});
