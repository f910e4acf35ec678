import {
  ErrorIssue,
  ErrorsPeriod,
  ErrorsRelease,
} from '@internal/plugin-errors-common';
import { SentryIssue, SentryRelease } from '../providers/SentryClient';

/** A Sentry issue as the errors API serves it, with the stats of `period`. */
export function toErrorIssue(
  issue: SentryIssue,
  period: ErrorsPeriod,
): ErrorIssue {
  return {
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    culprit: issue.culprit ?? '',
    level: issue.level,
    status: issue.status,
    count: Number(issue.count),
    userCount: issue.userCount,
    firstSeen: issue.firstSeen,
    lastSeen: issue.lastSeen,
    permalink: issue.permalink,
    stats: issue.stats[period] ?? [],
  };
}

/** A Sentry release as the errors API serves it. */
export function toErrorsRelease(release: SentryRelease): ErrorsRelease {
  return {
    version: release.version,
    dateCreated: release.dateCreated,
    ...(release.dateReleased ? { dateReleased: release.dateReleased } : {}),
    newGroups: release.newGroups,
  };
}
