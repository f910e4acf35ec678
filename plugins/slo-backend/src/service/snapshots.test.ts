import { Slo, SloListResponse } from '@internal/plugin-slo-common';
import { SloSnapshot } from '../database/SloSnapshotStore';
import { mergeHistory, snapshotsOf, utcDay } from './snapshots';

const NOW = Date.UTC(2026, 10, 22, 23, 30);

function slo(id: string, sli: number | null, stale = false): Slo {
  return {
    id,
    name: id,
    source: 'openslo',
    indicator: 'availability',
    objective: 0.995,
    window: { type: 'rolling', duration: '28d' },
    sli,
    errorBudgetRemaining: sli === null ? null : (sli - 0.995) / 0.005,
    errorBudgetRemainingMinutes: null,
    errorBudgetTotalMinutes: 201.6,
    burnRates: [],
    status: sli === null ? 'no-data' : 'ok',
    updatedAt: new Date(NOW).toISOString(),
    stale,
  };
}

function stored(date: string, sli: number | null): SloSnapshot {
  return {
    entityRef: 'component:default/svc',
    sloId: 'a',
    date,
    source: 'openslo',
    objective: 0.995,
    sli,
    errorBudgetRemaining: sli === null ? null : (sli - 0.995) / 0.005,
    recordedAt: Date.parse(`${date}T23:00:00Z`),
  };
}

describe('utcDay', () => {
  it('is the UTC date, whatever the local time zone', () => {
    expect(utcDay(Date.UTC(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(utcDay(Date.UTC(2026, 10, 23, 0, 0))).toBe('2026-11-23');
  });
});

describe('snapshotsOf', () => {
  it("records today's fresh figures and skips stale ones", () => {
    const answer: SloListResponse = {
      entityRef: 'component:default/svc',
      slos: [slo('a', 0.998), slo('b', null), slo('c', 0.9, true)],
      errors: [],
    };
    expect(snapshotsOf(answer, NOW)).toEqual([
      expect.objectContaining({
        sloId: 'a',
        date: '2026-11-22',
        sli: 0.998,
        recordedAt: NOW,
      }),
      expect.objectContaining({ sloId: 'b', date: '2026-11-22', sli: null }),
    ]);
  });
});

describe('mergeHistory', () => {
  it('fills the days the source no longer knows from the snapshots', () => {
    const merged = mergeHistory(
      [
        { date: '2026-11-01', sli: null, errorBudgetRemaining: null },
        { date: '2026-11-02', sli: 0.999, errorBudgetRemaining: 0.8 },
      ],
      [
        stored('2026-10-31', 0.997),
        stored('2026-11-01', 0.996),
        stored('2026-11-02', 0.5),
      ],
    );
    expect(merged?.map(p => [p.date, p.sli])).toEqual([
      ['2026-10-31', 0.997],
      ['2026-11-01', 0.996], // the source has no data: the snapshot stands
      ['2026-11-02', 0.999], // the source's own figure wins
    ]);
  });

  it('uses the snapshots alone when the source gives nothing, and knows no SLO without either', () => {
    expect(mergeHistory(undefined, [stored('2026-11-01', 0.996)])).toEqual([
      {
        date: '2026-11-01',
        sli: 0.996,
        errorBudgetRemaining: expect.closeTo(0.2, 10),
      },
    ]);
    expect(mergeHistory(undefined, [])).toBeUndefined();
    expect(mergeHistory([], [])).toEqual([]);
  });
});
