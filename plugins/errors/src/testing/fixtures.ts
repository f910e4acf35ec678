import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ErrorIssue,
  ErrorsEnvironmentsResponse,
  ErrorsIssuesResponse,
  ErrorsReleasesResponse,
} from '@internal/plugin-errors-common';
import { ErrorsApi, GetIssuesOptions } from '../api';

/*
 * Answers of the errors backend for the api-gateway, as of
 * 2026-11-22T12:00:00Z. Every issue's count is the sum of its stats, and the
 * totals are the sums over the listed issues.
 */

export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const ENTITY_REF = 'component:default/api-gateway';

export const PROJECT = 'acme/api-gateway';

export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: { 'sentry.io/project-slug': PROJECT },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-edge' },
};

export const plainEntity: Entity = {
  ...annotatedEntity,
  metadata: { name: 'api-gateway' },
};

const HOUR = 3600;
/** 13:00 UTC the day before NOW: the first of the 24 hourly buckets. */
const FIRST_HOUR = Date.parse('2026-11-21T13:00:00Z') / 1000;

/**
 * The 24 hourly buckets up to NOW, all zero but the hours given, e.g.
 * `{ '2026-11-22T09:00:00Z': 30 }`.
 */
export function hourlyStats(
  counts: Record<string, number>,
): Array<[number, number]> {
  return Array.from({ length: 24 }, (_, i) => {
    const time = FIRST_HOUR + i * HOUR;
    const iso = new Date(time * 1000).toISOString().replace('.000', '');
    return [time, counts[iso] ?? 0];
  });
}

/** 100 events from 37 users, 30 + 50 + 20 between 09:00 and 11:00. */
export const checkoutIssue: ErrorIssue = {
  id: '4501',
  shortId: 'API-GATEWAY-1A',
  title: "TypeError: Cannot read properties of undefined (reading 'id')",
  culprit: 'app/routes/checkout.ts in handleCheckout',
  level: 'error',
  status: 'unresolved',
  count: 100,
  userCount: 37,
  firstSeen: '2026-11-20T08:15:00Z',
  lastSeen: '2026-11-22T11:45:00Z',
  permalink: 'https://acme.sentry.io/issues/4501/',
  stats: hourlyStats({
    '2026-11-22T09:00:00Z': 30,
    '2026-11-22T10:00:00Z': 50,
    '2026-11-22T11:00:00Z': 20,
  }),
};

/** 15 events from 9 users, 12 at 09:00 and 3 at 12:00. */
export const paymentsIssue: ErrorIssue = {
  id: '4502',
  shortId: 'API-GATEWAY-1B',
  title: 'TimeoutError: payments upstream timed out after 10000 ms',
  culprit: 'payments/client.ts in charge',
  level: 'warning',
  status: 'unresolved',
  count: 15,
  userCount: 9,
  firstSeen: '2026-11-22T08:30:00Z',
  lastSeen: '2026-11-22T11:00:00Z',
  permalink: 'https://acme.sentry.io/issues/4502/',
  stats: hourlyStats({
    '2026-11-22T09:00:00Z': 12,
    '2026-11-22T12:00:00Z': 3,
  }),
};

export const recursionIssue: ErrorIssue = {
  id: '4503',
  shortId: 'API-GATEWAY-1C',
  title: 'RangeError: Maximum call stack size exceeded',
  culprit: 'lib/tree.ts in walk',
  level: 'fatal',
  status: 'unresolved',
  count: 4,
  userCount: 1,
  firstSeen: '2026-11-01T10:00:00Z',
  lastSeen: '2026-11-22T11:30:00Z',
  permalink: 'https://acme.sentry.io/issues/4503/',
  stats: hourlyStats({ '2026-11-22T11:00:00Z': 4 }),
};

export const deprecationIssue: ErrorIssue = {
  id: '4504',
  shortId: 'API-GATEWAY-1D',
  title: 'Deprecated API version v1 called',
  culprit: 'middleware/version.ts in checkVersion',
  level: 'info',
  status: 'unresolved',
  count: 2,
  userCount: 1,
  firstSeen: '2026-11-15T12:00:00Z',
  lastSeen: '2026-11-22T10:20:00Z',
  permalink: 'https://acme.sentry.io/issues/4504/',
  stats: hourlyStats({ '2026-11-22T10:00:00Z': 2 }),
};

/** The only issue of staging. */
export const validationIssue: ErrorIssue = {
  id: '4510',
  shortId: 'API-GATEWAY-2A',
  title: 'ValidationError: email is required',
  culprit: 'app/routes/signup.ts in createUser',
  level: 'error',
  status: 'unresolved',
  count: 6,
  userCount: 2,
  firstSeen: '2026-11-22T06:00:00Z',
  lastSeen: '2026-11-22T07:00:00Z',
  permalink: 'https://acme.sentry.io/issues/4510/',
  stats: hourlyStats({ '2026-11-22T06:00:00Z': 6 }),
};

/** All environments, last 24 hours, most events first. */
export const issues: ErrorsIssuesResponse = {
  entityRef: ENTITY_REF,
  project: PROJECT,
  stale: false,
  fetchedAt: '2026-11-22T11:59:00Z',
  period: '24h',
  sort: 'freq',
  issues: [checkoutIssue, paymentsIssue, recursionIssue, deprecationIssue],
  totals: { events: 121, users: 48, unresolved: 4 },
  truncated: false,
};

export const stagingIssues: ErrorsIssuesResponse = {
  ...issues,
  environment: 'staging',
  issues: [validationIssue],
  totals: { events: 6, users: 2, unresolved: 1 },
};

export const environments: ErrorsEnvironmentsResponse = {
  entityRef: ENTITY_REF,
  project: PROJECT,
  stale: false,
  fetchedAt: '2026-11-22T11:59:00Z',
  environments: ['production', 'staging'],
};

/** Two releases within the last 24 hours, one before. */
export const releases: ErrorsReleasesResponse = {
  entityRef: ENTITY_REF,
  project: PROJECT,
  stale: false,
  fetchedAt: '2026-11-22T11:59:00Z',
  releases: [
    {
      version: 'api-gateway@2.4.1',
      dateCreated: '2026-11-22T07:58:00Z',
      dateReleased: '2026-11-22T08:00:00Z',
      newGroups: 1,
    },
    {
      version: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      dateCreated: '2026-11-21T16:00:00Z',
      newGroups: 0,
    },
    {
      version: 'api-gateway@2.3.0',
      dateCreated: '2026-11-10T08:55:00Z',
      dateReleased: '2026-11-10T09:00:00Z',
      newGroups: 3,
    },
  ],
};

/** A fake ErrorsApi with jest mocks, answering with the fixtures by default. */
export function fakeErrorsApi(overrides: Partial<ErrorsApi> = {}) {
  return {
    getIssues: jest.fn(async (_options: GetIssuesOptions) => issues),
    getEnvironments: jest.fn(async (_entityRef: string) => environments),
    getReleases: jest.fn(async (_entityRef: string) => releases),
    ...overrides,
  } satisfies ErrorsApi;
}

/** The ResponseError the client throws for a Backstage error response. */
export function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = {
    error: { name, message },
    request: { method: 'GET', url: '/api/errors/v1/issues' },
    response: { statusCode },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: statusCode,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
