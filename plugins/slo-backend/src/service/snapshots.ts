import { SloHistoryPoint, SloListResponse } from '@internal/plugin-slo-common';
import { SloSnapshot } from '../database/SloSnapshotStore';

/** `YYYY-MM-DD` (UTC) of a time in ms. */
export function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Today's snapshot of each SLO of an answer. Stale figures are the last good
 * answer of an earlier time, not today's, so they are left out.
 */
export function snapshotsOf(
  answer: SloListResponse,
  now: number,
): SloSnapshot[] {
  return answer.slos
    .filter(slo => !slo.stale)
    .map(slo => ({
      entityRef: answer.entityRef,
      sloId: slo.id,
      date: utcDay(now),
      source: slo.source,
      objective: slo.objective,
      sli: slo.sli,
      errorBudgetRemaining: slo.errorBudgetRemaining,
      recordedAt: now,
    }));
}

/**
 * One point per day: the source's figure where it has one, the stored
 * snapshot where the source has none (it no longer keeps that day, or it is
 * down). `undefined` when neither knows the SLO.
 */
export function mergeHistory(
  fromSource: SloHistoryPoint[] | undefined,
  stored: SloSnapshot[],
): SloHistoryPoint[] | undefined {
  if (!fromSource && stored.length === 0) return undefined;
  const byDay = new Map<string, SloHistoryPoint>();
  for (const s of stored) {
    byDay.set(s.date, {
      date: s.date,
      sli: s.sli,
      errorBudgetRemaining: s.errorBudgetRemaining,
    });
  }
  for (const point of fromSource ?? []) {
    if (point.sli !== null || !byDay.has(point.date)) {
      byDay.set(point.date, point);
    }
  }
  return [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
}
