import { daysInMonth, isDay } from './dates';
import {
  formatAmount,
  Nanos,
  NANOS_PER_UNIT,
  parseAmount,
  scaleAmount,
  sumAmounts,
} from './money';
import {
  BudgetBasis,
  BudgetLevel,
  BudgetStatus,
  BudgetThreshold,
  BudgetThresholds,
} from './types';

/** Warning at 80 % of the monthly budget, critical at 96 %. */
export const DEFAULT_BUDGET_THRESHOLDS: BudgetThresholds = {
  warning: 0.8,
  critical: 0.96,
};

/** What {@link budgetStatus} judges. */
export interface BudgetInput {
  /** The monthly budget, above zero */
  monthly: Nanos;
  /** The month's daily costs so far; several entries for one day add up */
  daily: Array<{ date: string; amount: Nanos }>;
  /**
   * The part of `daily`'s total the forecast counts once instead of
   * carrying it over the remaining days: one-time charges and charges for
   * more than a day (see `CostLine.fixed`). Default 0.
   */
  fixed?: Nanos;
  /** `YYYY-MM` */
  month: string;
  /** `YYYY-MM-DD`, the current UTC day; may be before, in or after `month` */
  today: string;
  /** Defaults to {@link DEFAULT_BUDGET_THRESHOLDS} */
  thresholds?: BudgetThresholds;
}

/**
 * Days of `month` up to and including `today`: today counts as elapsed, as
 * its costs are already in. 0 before the month, all of them after it.
 */
function daysElapsed(month: string, today: string): number {
  if (!isDay(today)) {
    throw new Error(`"${today}" is not a day as YYYY-MM-DD`);
  }
  if (today.startsWith(`${month}-`)) return Number(today.slice(8));
  return today < month ? 0 : daysInMonth(month);
}

/** The level `amount` reaches, judged exactly: amount ≥ threshold × monthly. */
function level(
  amount: Nanos,
  monthly: Nanos,
  thresholds: BudgetThresholds,
): BudgetLevel {
  // a threshold's shortest decimal text (0.96 → "0.96") is the exact fraction meant
  const reaches = (threshold: number) =>
    amount * NANOS_PER_UNIT >= parseAmount(String(threshold)) * monthly;
  if (reaches(thresholds.critical)) return 'critical';
  if (reaches(thresholds.warning)) return 'warning';
  return 'ok';
}

/**
 * The month's spend against its budget, with a month-end forecast that
 * carries the daily run rate of everything but the fixed charges over the
 * rest of the month:
 *
 *   forecast = fixed + (spent − fixed) × daysInMonth ÷ elapsed
 *
 * where elapsed counts the month's days up to and including `today`, so a
 * monthly fee or a credit booked on the 1st is counted once, not thirty
 * times. The product is rounded once, to the nano, half to even. For a
 * month already over the forecast is the spend; for a month not yet begun
 * it is the spend too (nothing to extrapolate from).
 *
 * Throws on a budget that is not above zero, thresholds that are not
 * 0 < warning ≤ critical, or a daily cost outside `month`.
 */
export function budgetStatus(input: BudgetInput): BudgetStatus {
  const { monthly, daily, month, today } = input;
  const thresholds = input.thresholds ?? DEFAULT_BUDGET_THRESHOLDS;
  if (monthly <= 0n) {
    throw new Error(
      `the monthly budget must be above 0, got ${formatAmount(monthly)}`,
    );
  }
  const { warning, critical } = thresholds;
  if (!(warning > 0 && warning <= critical && Number.isFinite(critical))) {
    throw new Error(
      `budget thresholds must be 0 < warning ≤ critical, got warning ${warning} and critical ${critical}`,
    );
  }
  const days = daysInMonth(month);
  const outside = daily.find(({ date }) => !date.startsWith(`${month}-`));
  if (outside) {
    throw new Error(`the daily cost of ${outside.date} is not in ${month}`);
  }
  const spent = sumAmounts(daily.map(d => d.amount));
  const fixed = input.fixed ?? 0n;
  const elapsed = daysElapsed(month, today);
  const forecast =
    elapsed === 0 || elapsed === days
      ? spent
      : fixed + scaleAmount(spent - fixed, BigInt(days), BigInt(elapsed));
  return {
    month,
    monthly: formatAmount(monthly),
    spentMonthToDate: formatAmount(spent),
    forecastMonthEnd: formatAmount(forecast),
    forecastMethod: 'run-rate-plus-fixed-charges',
    ratio: Number(spent) / Number(monthly),
    forecastRatio: Number(forecast) / Number(monthly),
    status: level(spent, monthly, thresholds),
    forecastStatus: level(forecast, monthly, thresholds),
    thresholds,
  };
}

/** A threshold newly reached, and by what. */
export interface CrossedThreshold {
  threshold: BudgetThreshold;
  basis: BudgetBasis;
}

const RANK: Record<BudgetLevel, number> = { ok: 0, warning: 1, critical: 2 };
const THRESHOLDS: BudgetThreshold[] = ['warning', 'critical'];

/** The higher of two levels: critical over warning over ok. */
export function higherLevel(a: BudgetLevel, b: BudgetLevel): BudgetLevel {
  return RANK[a] >= RANK[b] ? a : b;
}
const BASES = [
  ['spent', 'status'],
  ['forecast', 'forecastStatus'],
] as const;

/**
 * The thresholds `current` has reached that `previous` had not, spent
 * before forecast, warning before critical. A jump from ok to critical
 * crosses both thresholds. Only a `previous` of the same month counts: a
 * new month starts from ok.
 *
 * Each threshold is reported at most once per month when `previous` holds,
 * for each basis, the highest level reached so far this month. Given merely
 * the last status seen, a spend that falls back below a threshold (after a
 * credit, say) and rises again crosses it again.
 */
export function crossedThresholds(
  previous:
    | Pick<BudgetStatus, 'month' | 'status' | 'forecastStatus'>
    | undefined,
  current: BudgetStatus,
): CrossedThreshold[] {
  const before = previous?.month === current.month ? previous : undefined;
  const crossed: CrossedThreshold[] = [];
  for (const [basis, field] of BASES) {
    const was = before ? RANK[before[field]] : RANK.ok;
    const now = RANK[current[field]];
    for (const threshold of THRESHOLDS) {
      if (was < RANK[threshold] && now >= RANK[threshold]) {
        crossed.push({ threshold, basis });
      }
    }
  }
  return crossed;
}
