import { ErrorsPeriod } from '@internal/plugin-errors-common';
import { DateTime } from 'luxon';

/** A count with thousands separators: 12345 → `12,345`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });

/** A count in few characters, for axis ticks: 14000 → `14K`. */
export function formatCompactCount(count: number): string {
  return compact.format(count);
}

/** A count and its noun, plural unless one: `1 event`, `121 events`. */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

const PERIODS: Record<ErrorsPeriod, string> = {
  '24h': 'the last 24 hours',
  '14d': 'the last 14 days',
};

/**
 * Which events a figure counts, as the end of a sentence:
 * `in the last 24 hours`, `in staging for release 2.4.1 in the last 14 days`.
 */
export function formatScope(scope: {
  period: ErrorsPeriod;
  environment?: string;
  release?: string;
}): string {
  const { period, environment, release } = scope;
  return [
    environment && `in ${environment}`,
    release && `for release ${shortVersion(release)}`,
    `in ${PERIODS[period] ?? period}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A bucket's start as an axis tick in local time: `09:00` by hour, `Nov 22` by day. */
export function formatBucketTick(ms: number, period: ErrorsPeriod): string {
  return DateTime.fromMillis(ms).toFormat(period === '24h' ? 'HH:mm' : 'LLL d');
}

/**
 * A release version as Sentry shows it: without the `package@` prefix, and
 * a commit hash cut to 7 characters: `api-gateway@2.4.1` → `2.4.1`.
 */
export function shortVersion(version: string): string {
  const bare = version.slice(version.lastIndexOf('@') + 1) || version;
  return /^[0-9a-f]{12,}$/i.test(bare) ? bare.slice(0, 7) : bare;
}
