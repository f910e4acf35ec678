import { SloSource, SloWindow } from '@internal/plugin-slo-common';
import { DateTime } from 'luxon';

/** What a missing number reads as in tables. */
export const NO_VALUE = '—';

/** `99.9000` → `99.9`, `100.0` → `100`; leaves integers alone. */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** `toFixed` that never prints `-0`. */
function toFixed(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  return Number(fixed) === 0 ? (0).toFixed(decimals) : fixed;
}

/** An objective as it is usually written: 0.999 → `99.9 %`, 0.99 → `99 %`. */
export function formatObjective(objective: number): string {
  return `${trimZeros(toFixed(objective * 100, 4))} %`;
}

/**
 * Decimals an SLI needs to show how far it sits from its objective: as many
 * as the allowed error rate has significant places, so 0.999 (0.1 % of
 * errors allowed) gives 3 (99.953 %), 0.99 gives 2, 0.9999 gives 4.
 */
export function sliDecimals(objective: number): number {
  const places = Math.ceil(-Math.log10(1 - objective) - 1e-9);
  return Math.min(Math.max(places, 1), 6);
}

/** The SLI against its objective, e.g. `99.953 %`; `No data` without traffic. */
export function formatSli(sli: number | null, objective: number): string {
  if (sli === null) return 'No data';
  return `${toFixed(sli * 100, sliDecimals(objective))} %`;
}

/** Error budget left as a share: 0.2778 → `27.8 %`, -0.5 → `-50 %`. */
export function formatBudgetPercent(ratio: number | null): string {
  if (ratio === null) return NO_VALUE;
  return `${trimZeros(toFixed(ratio * 100, 1))} %`;
}

/** Minutes under two hours as minutes, above as hours and minutes. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(Math.abs(minutes));
  if (rounded < 120) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** `12 min of 43 min left`, or `overspent by 5 min` once below zero. */
export function formatBudgetTime(
  remainingMinutes: number | null,
  totalMinutes: number,
): string {
  if (remainingMinutes === null) return NO_VALUE;
  if (remainingMinutes < 0) {
    return `overspent by ${formatMinutes(remainingMinutes)}`;
  }
  return `${formatMinutes(remainingMinutes)} of ${formatMinutes(
    totalMinutes,
  )} left`;
}

/** A burn rate or threshold: 14.4 → `14.4×`; `—` without traffic. */
export function formatBurnRate(rate: number | null): string {
  if (rate === null) return NO_VALUE;
  return `${toFixed(rate, 1)}×`;
}

const UNIT_NAMES: Record<string, string> = {
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
};

/** `30 days rolling`, `calendar month`. */
export function formatWindow(window: SloWindow): string {
  if (window.type === 'calendar') return `calendar ${window.unit}`;
  const match = /^([1-9][0-9]*)([mhdw])$/.exec(window.duration);
  if (!match) return `${window.duration} rolling`;
  const count = Number(match[1]);
  const unit = UNIT_NAMES[match[2]];
  return `${count} ${unit}${count === 1 ? '' : 's'} rolling`;
}

/** The objective and its window, e.g. `99.9 % · 30 days rolling`. */
export function formatTarget(objective: number, window: SloWindow): string {
  return `${formatObjective(objective)} · ${formatWindow(window)}`;
}

const SOURCE_NAMES: Record<SloSource, string> = {
  grafana: 'Grafana SLO',
  openslo: 'OpenSLO',
};

/** A source as people call it: `Grafana SLO`, `OpenSLO`. */
export function formatSource(source: SloSource): string {
  return SOURCE_NAMES[source] ?? source;
}

/** A `YYYY-MM-DD` day as a short axis label, e.g. `Nov 3`. */
export function formatDay(isoDate: string): string {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  return day.isValid ? day.toFormat('LLL d') : isoDate;
}
