import {
  errorBudgetMinutes,
  errorBudgetRemaining,
  evaluateBurnRates,
  Slo,
  SloIndicator,
  SloSource,
  sloStatus,
  SloWindow,
  windowSpan,
} from '@internal/plugin-slo-common';

/** What a provider knows about an SLO before its figures are computed. */
export interface SloDescription {
  id: string;
  name: string;
  description?: string;
  source: SloSource;
  indicator: SloIndicator;
  objective: number;
  window: SloWindow;
  dashboardUrl?: string;
  runbookUrl?: string;
}

/** The SLIs measured for an SLO: over its window and over each burn window. */
export interface SloMeasurements {
  sli: number | null;
  sliByWindow: Record<string, number | null>;
}

/** NaN and ±Inf (no traffic, 0/0) are no data, never 0 or 100 %. */
export function sliOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** An SLO's figures at `now`, from its measurements. Pure. */
export function evaluateSlo(
  slo: SloDescription,
  measured: SloMeasurements,
  now: number,
): Slo {
  const { lengthMinutes } = windowSpan(slo.window, now);
  const totalMinutes = errorBudgetMinutes(slo.objective, lengthMinutes);
  const remaining = errorBudgetRemaining(measured.sli, slo.objective);
  const burnRates = evaluateBurnRates(
    slo.objective,
    lengthMinutes,
    measured.sliByWindow,
  );
  return {
    ...slo,
    sli: measured.sli,
    errorBudgetRemaining: remaining,
    errorBudgetRemainingMinutes:
      remaining === null ? null : remaining * totalMinutes,
    errorBudgetTotalMinutes: totalMinutes,
    burnRates,
    status: sloStatus(remaining, burnRates),
    updatedAt: new Date(now).toISOString(),
    stale: false,
  };
}

/** An SLO whose figures could not be computed, with the reason. */
export function unevaluatedSlo(
  slo: SloDescription,
  error: string,
  now: number,
): Slo {
  return { ...evaluateSlo(slo, { sli: null, sliByWindow: {} }, now), error };
}
