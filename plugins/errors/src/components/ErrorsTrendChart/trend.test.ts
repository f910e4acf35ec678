import { checkoutIssue, paymentsIssue, releases } from '../../testing/fixtures';
import { eventBuckets, releaseMarkers, trendRange } from './trend';

const at = (iso: string) => Date.parse(iso);

describe('eventBuckets', () => {
  it('sums the stats of every issue per bucket', () => {
    const buckets = eventBuckets([checkoutIssue, paymentsIssue]);

    expect(buckets).toHaveLength(24);
    expect(buckets[0]).toEqual({ time: at('2026-11-21T13:00:00Z'), events: 0 });
    expect(buckets.filter(bucket => bucket.events > 0)).toEqual([
      { time: at('2026-11-22T09:00:00Z'), events: 42 }, // 30 + 12
      { time: at('2026-11-22T10:00:00Z'), events: 50 },
      { time: at('2026-11-22T11:00:00Z'), events: 20 },
      { time: at('2026-11-22T12:00:00Z'), events: 3 },
    ]);
    expect(buckets.reduce((sum, bucket) => sum + bucket.events, 0)).toBe(
      checkoutIssue.count + paymentsIssue.count,
    );
  });

  it('keeps buckets only one issue has, in time order', () => {
    expect(
      eventBuckets([
        { ...checkoutIssue, stats: [[7200, 1]] },
        {
          ...paymentsIssue,
          stats: [
            [3600, 2],
            [7200, 5],
          ],
        },
      ]),
    ).toEqual([
      { time: 3600_000, events: 2 },
      { time: 7200_000, events: 6 },
    ]);
  });

  it('has nothing to chart without issues', () => {
    expect(eventBuckets([])).toEqual([]);
  });
});

describe('trendRange', () => {
  it('ends where the last bucket ends', () => {
    const buckets = eventBuckets([checkoutIssue]);
    expect(trendRange(buckets, '24h')).toEqual([
      at('2026-11-21T13:00:00Z'),
      at('2026-11-22T13:00:00Z'),
    ]);
    expect(trendRange([{ time: 0, events: 1 }], '14d')).toEqual([
      0, 86_400_000,
    ]);
    expect(trendRange([], '24h')).toBeUndefined();
  });
});

describe('releaseMarkers', () => {
  it('marks the releases within the range, when deployed or else created', () => {
    expect(
      releaseMarkers(releases.releases, [
        at('2026-11-21T13:00:00Z'),
        at('2026-11-22T13:00:00Z'),
      ]),
    ).toEqual([
      {
        time: at('2026-11-22T08:00:00Z'),
        version: 'api-gateway@2.4.1',
        label: '2.4.1',
      },
      {
        time: at('2026-11-21T16:00:00Z'),
        version: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
        label: '3f2a9c1',
      },
    ]);
  });
});
