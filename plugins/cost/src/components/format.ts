import {
  CostEntityResponse,
  DecimalAmount,
  formatMoney,
  moneyFormat,
  parseAmount,
} from '@internal/plugin-cost-common';
import { DateTime } from 'luxon';
import { DayRange } from './period';

/** What a missing figure reads as. */
export const NO_VALUE = '—';

const LOCALE = 'en-US';

/** A chart's number of currency units, to the cent: 131.4545 → `$131.45`. */
export function formatChartMoney(value: number, currency: string): string {
  try {
    return moneyFormat(currency).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/** An amount in few characters, for axis ticks: 1234.5 → `$1.2K`, 12 → `$12`. */
export function formatCompactMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return String(value);
  }
}

/**
 * A part's share of a whole, in whole percent: `74 %`; `< 1 %` for a
 * positive part too small to round to 1 %; `—` when the whole is not above
 * zero (credits can make it so).
 */
export function formatShare(part: DecimalAmount, whole: DecimalAmount): string {
  const share = shareOf(part, whole);
  if (share === undefined) return NO_VALUE;
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return '< 1 %';
  return `${percent} %`;
}

/** part ÷ whole for bars; undefined when the whole is not above zero. */
export function shareOf(
  part: DecimalAmount,
  whole: DecimalAmount,
): number | undefined {
  const share = Number(part) / Number(whole);
  return Number(whole) > 0 && Number.isFinite(share) ? share : undefined;
}

const day = (date: string) =>
  DateTime.fromISO(date, { zone: 'utc', locale: LOCALE });

/** A UTC day in full: `2026-11-22` → `Nov 22, 2026`. */
export function formatDay(date: string): string {
  const time = day(date);
  return time.isValid ? time.toFormat('LLL d, yyyy') : date;
}

/** A UTC day as an axis tick: `2026-11-22` → `Nov 22`. */
export function formatDayTick(date: string): string {
  const time = day(date);
  return time.isValid ? time.toFormat('LLL d') : date;
}

/** A `YYYY-MM` month: `2026-11` → `November 2026`. */
export function formatMonth(month: string): string {
  const time = DateTime.fromFormat(month, 'yyyy-MM', {
    zone: 'utc',
    locale: LOCALE,
  });
  return time.isValid ? time.toFormat('LLLL yyyy') : month;
}

/**
 * The days of a range: `Nov 1 – 22, 2026`, `Oct 1 – 31, 2026`,
 * `Aug 25 – Nov 22, 2026`, `Nov 3, 2026 – Jan 31, 2027`.
 */
export function formatDayRange(range: DayRange): string {
  const from = day(range.from);
  const to = day(range.to);
  if (!from.isValid || !to.isValid) return `${range.from} – ${range.to}`;
  if (from.year !== to.year) {
    return `${from.toFormat('LLL d, yyyy')} – ${to.toFormat('LLL d, yyyy')}`;
  }
  if (from.month !== to.month) {
    return `${from.toFormat('LLL d')} – ${to.toFormat('LLL d, yyyy')}`;
  }
  return `${from.toFormat('LLL d')} – ${to.toFormat('d, yyyy')}`;
}

/**
 * True when nothing was billed to the entity in the period: no provider,
 * no resource and a total of zero. Charges that cancel out (a credit for a
 * charge) are not nothing: they are listed.
 */
export function isEmptyAnswer(answer: CostEntityResponse): boolean {
  let total: bigint;
  try {
    total = parseAmount(answer.total);
  } catch {
    return false;
  }
  return (
    answer.byProvider.length === 0 &&
    answer.byResource.length === 0 &&
    total === 0n
  );
}

/**
 * A change of spend with its sign: `"200"` → `+$200.00`, `"-200"` →
 * `-$200.00`, `"0"` → `$0.00`.
 */
export function formatMoneyChange(
  change: DecimalAmount,
  currency: string,
): string {
  const text = formatMoney(change, currency);
  const positive = Number(change) > 0;
  return positive ? `+${text}` : text;
}

/**
 * A change ratio in whole percent with its sign: 0.4 → `+40 %`,
 * −0.3333 → `-33 %`; `new` when there was nothing before (null).
 */
export function formatChangeRatio(ratio: number | null): string {
  if (ratio === null) return 'new';
  const percent = Math.round(ratio * 100);
  return percent > 0 ? `+${percent} %` : `${percent} %`;
}
