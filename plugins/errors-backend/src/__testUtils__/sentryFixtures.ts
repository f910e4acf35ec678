import { SentryIssue } from '../providers/SentryClient';

/** The project as `GET /api/0/projects/valuecanvas/api-gateway/` gives it. */
export const API_GATEWAY_PROJECT = {
  id: '4508123456789',
  slug: 'api-gateway',
  name: 'api-gateway',
  platform: 'node',
  dateCreated: '2026-01-12T08:30:00.000000Z',
  isMember: true,
  hasAccess: true,
  features: ['releases'],
  status: 'active',
};

/** One issue in Sentry's documented shape (`count` as text), over 24h. */
export function sentryIssue(
  id: string,
  overrides: Partial<SentryIssue> & Record<string, unknown> = {},
): SentryIssue {
  return {
    id,
    shortId: `API-GATEWAY-${id}`,
    title: "TypeError: Cannot read properties of undefined (reading 'agentId')",
    culprit: 'src/routes/invoke.ts in handleInvoke',
    permalink: `https://valuecanvas.sentry.io/issues/${id}/`,
    level: 'error',
    status: 'unresolved',
    platform: 'node',
    firstSeen: '2026-11-18T09:12:44.000000Z',
    lastSeen: '2026-11-21T11:58:02.000000Z',
    count: '120',
    userCount: 14,
    stats: {
      '24h': [
        [1763715600, 3],
        [1763719200, 5],
      ],
    },
    project: {
      id: API_GATEWAY_PROJECT.id,
      slug: 'api-gateway',
      name: 'api-gateway',
    },
    metadata: {
      type: 'TypeError',
      value: "Cannot read properties of undefined (reading 'agentId')",
      filename: 'src/routes/invoke.ts',
      function: 'handleInvoke',
    },
    assignedTo: null,
    ...overrides,
  } as SentryIssue;
}

/** Issues `first` … `first + n - 1`. */
export function sentryIssues(first: number, n: number): SentryIssue[] {
  return Array.from({ length: n }, (_, i) => sentryIssue(String(first + i)));
}

/** A Sentry `Link` header whose next page has `cursor`, or none. */
export function sentryLink(url: string, next?: string): string {
  return [
    `<${url}?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1"`,
    next
      ? `<${url}?cursor=${next}>; rel="next"; results="true"; cursor="${next}"`
      : `<${url}?cursor=0:0:0>; rel="next"; results="false"; cursor="0:0:0"`,
  ].join(', ');
}
