import {
  ErrorIssue,
  ErrorsPeriod,
  ErrorsRelease,
} from '@internal/plugin-errors-common';
import { shortVersion } from '../format';

/** Events of all listed issues in one bucket, starting at `time` (epoch ms). */
export interface TrendBucket {
  time: number;
  events: number;
}

/** A release deployed within the chart's range. */
export interface ReleaseMarker {
  time: number;
  version: string;
  label: string;
}

/** How long a bucket of the period's stats lasts, in ms. */
export const BUCKET_MS: Record<ErrorsPeriod, number> = {
  '24h': 60 * 60 * 1000,
  '14d': 24 * 60 * 60 * 1000,
};

/**
 * Events per bucket over all the issues: each issue's stats summed by
 * timestamp, oldest bucket first.
 */
export function eventBuckets(issues: ErrorIssue[]): TrendBucket[] {
  const events = new Map<number, number>();
  for (const issue of issues) {
    for (const [seconds, count] of issue.stats) {
      events.set(seconds, (events.get(seconds) ?? 0) + count);
    }
  }
  return [...events.entries()]
    .sort(([a], [b]) => a - b)
    .map(([seconds, count]) => ({ time: seconds * 1000, events: count }));
}

/**
 * What the buckets cover: from the start of the first to the end of the
 * last, in epoch ms; undefined without buckets.
 */
export function trendRange(
  buckets: TrendBucket[],
  period: ErrorsPeriod,
): [number, number] | undefined {
  if (buckets.length === 0) return undefined;
  return [
    buckets[0].time,
    buckets[buckets.length - 1].time + BUCKET_MS[period],
  ];
}

/**
 * The releases that went out within the range, at the time they were
 * deployed, or created when Sentry has no deploy time.
 */
export function releaseMarkers(
  releases: ErrorsRelease[],
  range: [number, number],
): ReleaseMarker[] {
  const [start, end] = range;
  return releases
    .map(release => ({
      time: Date.parse(release.dateReleased ?? release.dateCreated),
      version: release.version,
      label: shortVersion(release.version),
    }))
    .filter(marker => marker.time >= start && marker.time <= end);
}
