import { ErrorIssue } from '@internal/plugin-errors-common';
import { issueTotals } from './totals';

const issue = (
  count: number,
  userCount: number,
  status: ErrorIssue['status'],
): ErrorIssue => ({
  id: `${count}`,
  shortId: `API-${count}`,
  title: 'Error',
  culprit: '',
  level: 'error',
  status,
  count,
  userCount,
  firstSeen: '2026-11-20T00:00:00Z',
  lastSeen: '2026-11-21T00:00:00Z',
  permalink: 'https://valuecanvas.sentry.io/issues/1/',
  stats: [],
});

describe('issueTotals', () => {
  it('sums events and users and counts the unresolved issues', () => {
    // events 120 + 7 + 1 = 128, users 14 + 3 + 0 = 17, 2 unresolved
    expect(
      issueTotals([
        issue(120, 14, 'unresolved'),
        issue(7, 3, 'ignored'),
        issue(1, 0, 'unresolved'),
      ]),
    ).toEqual({ events: 128, users: 17, unresolved: 2 });
  });

  it('is all zeros for no issues', () => {
    expect(issueTotals([])).toEqual({ events: 0, users: 0, unresolved: 0 });
  });
});
