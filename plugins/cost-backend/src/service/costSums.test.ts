import { CostSums } from '../database/CostStore';
import { mergeSums, shareOf } from './costSums';

const UNIT = 1_000_000_000n;

const db: CostSums = {
  daily: [
    { day: '2026-11-01', amount: 10n * UNIT },
    { day: '2026-11-02', amount: 1n },
  ],
  byProvider: [{ provider: 'Supabase', amount: 10n * UNIT + 1n }],
  byResource: [
    {
      entityRef: 'resource:default/agent-platform-db',
      resourceId: 'db',
      provider: 'Supabase',
      amount: 10n * UNIT + 1n,
    },
  ],
  currencies: ['USD'],
  // a monthly fee of 3 USD among the 10
  fixed: 3n * UNIT,
};

describe('shareOf', () => {
  it('divides every amount, rounding half to even', () => {
    const third = shareOf(db, 3);
    // 10 / 3 = 3.333333333(3…) → 3 333 333 333 nanos; 1 nano / 3 → 0
    expect(third.daily).toEqual([
      { day: '2026-11-01', amount: 3_333_333_333n },
      { day: '2026-11-02', amount: 0n },
    ]);
    // 1 nano / 2 = 0.5 → 0 (even); 3 nanos / 2 = 1.5 → 2 (even)
    expect(
      shareOf({ ...db, daily: [{ day: 'd', amount: 1n }] }, 2).daily[0].amount,
    ).toBe(0n);
    expect(
      shareOf({ ...db, daily: [{ day: 'd', amount: 3n }] }, 2).daily[0].amount,
    ).toBe(2n);
    expect(third.fixed).toBe(UNIT);
    expect(shareOf(db, 1)).toBe(db);
  });
});

describe('mergeSums', () => {
  it('adds up days and providers and keeps every resource', () => {
    const own: CostSums = {
      daily: [
        { day: '2026-11-02', amount: 2n * UNIT },
        { day: '2026-11-03', amount: UNIT },
      ],
      byProvider: [{ provider: 'AWS', amount: 3n * UNIT }],
      byResource: [{ resourceId: 'i-1', provider: 'AWS', amount: 3n * UNIT }],
      currencies: ['USD'],
      fixed: 2n * UNIT,
    };

    const merged = mergeSums([own, db]);

    expect(merged.daily).toEqual([
      { day: '2026-11-01', amount: 10n * UNIT },
      // 2 + 0.000000001
      { day: '2026-11-02', amount: 2n * UNIT + 1n },
      { day: '2026-11-03', amount: UNIT },
    ]);
    expect(merged.byProvider).toEqual([
      { provider: 'AWS', amount: 3n * UNIT },
      { provider: 'Supabase', amount: 10n * UNIT + 1n },
    ]);
    expect(merged.byResource).toHaveLength(2);
    expect(merged.currencies).toEqual(['USD']);
    expect(merged.fixed).toBe(5n * UNIT);
  });
});
