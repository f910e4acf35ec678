import { sentryIssue } from '../__testUtils__/sentryFixtures';
import { toErrorIssue, toErrorsRelease } from './mapping';

describe('toErrorIssue', () => {
  it('reads the count as a number and keeps the fields the portal shows', () => {
    expect(toErrorIssue(sentryIssue('42', { count: '4312' }), '24h')).toEqual({
      id: '42',
      shortId: 'API-GATEWAY-42',
      title:
        "TypeError: Cannot read properties of undefined (reading 'agentId')",
      culprit: 'src/routes/invoke.ts in handleInvoke',
      level: 'error',
      status: 'unresolved',
      count: 4312,
      userCount: 14,
      firstSeen: '2026-11-18T09:12:44.000000Z',
      lastSeen: '2026-11-21T11:58:02.000000Z',
      permalink: 'https://valuecanvas.sentry.io/issues/42/',
      stats: [
        [1763715600, 3],
        [1763719200, 5],
      ],
    });
  });

  it("takes the period's stats, none when Sentry sent another period's", () => {
    const issue = sentryIssue('1', {
      stats: {
        '14d': [
          [1762560000, 40],
          [1762646400, 2],
        ],
      },
    });
    expect(toErrorIssue(issue, '14d').stats).toEqual([
      [1762560000, 40],
      [1762646400, 2],
    ]);
    expect(toErrorIssue(issue, '24h').stats).toEqual([]);
  });

  it('gives an empty culprit for a null one', () => {
    expect(
      toErrorIssue(sentryIssue('1', { culprit: null }), '24h').culprit,
    ).toBe('');
  });
});

describe('toErrorsRelease', () => {
  it('keeps dateReleased only when Sentry knows it', () => {
    const release = {
      version: 'api-gateway@17.2.0',
      shortVersion: '17.2.0',
      dateCreated: '2026-11-20T10:00:00.000000Z',
      newGroups: 3,
    };
    expect(toErrorsRelease({ ...release, dateReleased: null })).toEqual({
      version: 'api-gateway@17.2.0',
      dateCreated: '2026-11-20T10:00:00.000000Z',
      newGroups: 3,
    });
    expect(
      toErrorsRelease({
        ...release,
        dateReleased: '2026-11-20T10:30:00.000000Z',
      }),
    ).toEqual({
      version: 'api-gateway@17.2.0',
      dateCreated: '2026-11-20T10:00:00.000000Z',
      dateReleased: '2026-11-20T10:30:00.000000Z',
      newGroups: 3,
    });
  });
});
