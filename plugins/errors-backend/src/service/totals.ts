import {
  ErrorIssue,
  ErrorsIssuesResponse,
} from '@internal/plugin-errors-common';

/**
 * Events and affected users summed over the listed issues (a user hit by two
 * issues counts twice), and how many of them are unresolved.
 */
export function issueTotals(
  issues: ErrorIssue[],
): ErrorsIssuesResponse['totals'] {
  let events = 0;
  let users = 0;
  let unresolved = 0;
  for (const issue of issues) {
    events += issue.count;
    users += issue.userCount;
    if (issue.status === 'unresolved') unresolved++;
  }
  return { events, users, unresolved };
}
