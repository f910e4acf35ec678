import { durationMinutes } from './durations';
import { BurnRateSeverity, BurnRateWindow } from './types';

/**
 * The four multi-window alerts of the SRE workbook, as the share of the whole
 * error budget each may consume in its long window before it fires. For a
 * 30-day window they give the familiar thresholds 14.4, 6, 3 and 1.
 */
export const BURN_RATE_ALERTS: ReadonlyArray<{
  severity: BurnRateSeverity;
  longWindow: string;
  shortWindow: string;
  budgetConsumed: number;
}> = [
  {
    severity: 'page',
    longWindow: '1h',
    shortWindow: '5m',
    budgetConsumed: 0.02,
  },
  {
    severity: 'page',
    longWindow: '6h',
    shortWindow: '30m',
    budgetConsumed: 0.05,
  },
  {
    severity: 'ticket',
    longWindow: '1d',
    shortWindow: '2h',
    budgetConsumed: 0.1,
  },
  {
    severity: 'ticket',
    longWindow: '3d',
    shortWindow: '6h',
    budgetConsumed: 0.1,
  },
];

/** Every window length the burn-rate alerts need an SLI for. */
export const BURN_RATE_WINDOWS: string[] = [
  ...new Set(BURN_RATE_ALERTS.flatMap(a => [a.longWindow, a.shortWindow])),
];

/**
 * How many times faster than sustainable the budget burns over a window:
 * (1 − SLI) / (1 − objective). `null` when the window had no traffic.
 */
export function burnRate(sli: number | null, objective: number): number | null {
  if (sli === null) return null;
  return (1 - sli) / (1 - objective);
}

/**
 * Evaluates the four alerts for an SLO whose budget spans `windowMinutes`,
 * given the SLI over each of {@link BURN_RATE_WINDOWS}.
 */
export function evaluateBurnRates(
  objective: number,
  windowMinutes: number,
  sliByWindow: Record<string, number | null>,
): BurnRateWindow[] {
  return BURN_RATE_ALERTS.map(alert => {
    const threshold =
      (alert.budgetConsumed * windowMinutes) /
      durationMinutes(alert.longWindow);
    const longBurnRate = burnRate(
      sliByWindow[alert.longWindow] ?? null,
      objective,
    );
    const shortBurnRate = burnRate(
      sliByWindow[alert.shortWindow] ?? null,
      objective,
    );
    return {
      severity: alert.severity,
      longWindow: alert.longWindow,
      shortWindow: alert.shortWindow,
      threshold,
      longBurnRate,
      shortBurnRate,
      firing:
        longBurnRate !== null &&
        shortBurnRate !== null &&
        longBurnRate > threshold &&
        shortBurnRate > threshold,
    };
  });
}
