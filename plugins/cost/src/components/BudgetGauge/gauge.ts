import {
  BudgetStatus,
  formatBudgetPercent,
  formatMoney,
} from '@internal/plugin-cost-common';

/** How each forecast method reads after "Forecast:". */
const FORECAST_METHODS: Record<BudgetStatus['forecastMethod'], string> = {
  'run-rate-plus-fixed-charges':
    'daily run rate, one-time and monthly charges once',
};

/**
 * The spend against the budget in one line:
 * `$96.40 of $120.00 (80 %) · forecast $131.45 (109 %)`.
 */
export function budgetSummary(budget: BudgetStatus, currency: string): string {
  return (
    `${formatMoney(budget.spentMonthToDate, currency)} of ` +
    `${formatMoney(budget.monthly, currency)} ` +
    `(${formatBudgetPercent(budget.ratio)}) · forecast ` +
    `${formatMoney(budget.forecastMonthEnd, currency)} ` +
    `(${formatBudgetPercent(budget.forecastRatio)})`
  );
}

/** `Forecast: daily run rate, one-time and monthly charges once`. */
export function forecastCaption(budget: BudgetStatus): string {
  return `Forecast: ${
    FORECAST_METHODS[budget.forecastMethod] ?? budget.forecastMethod
  }`;
}

/** A mark on the gauge: a threshold, or the budget itself. */
export interface GaugeMark {
  /** As a fraction of the monthly budget */
  ratio: number;
  label: string;
  /** The budget's mark is labelled above the bar, out of the thresholds' way */
  above?: boolean;
}

/** Where things sit on the gauge, as percentages of its width. */
export interface GaugeScale {
  spent: number;
  forecast: number;
  marks: Array<GaugeMark & { at: number }>;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * How far past the budget a forecast stretches the gauge: a forecast of
 * 18 times the budget (a bad first day of the month) would squeeze the
 * marks together, so beyond this it runs off the end of the bar.
 */
export const FORECAST_SCALE_LIMIT = 1.5;

/**
 * Lays the gauge out: it runs from 0 to the budget, or further to the
 * spend, or to the forecast up to {@link FORECAST_SCALE_LIMIT} times the
 * budget, when they go beyond it (then the budget is marked at 100 %).
 * The thresholds (80 % and 96 % by default) are marked too.
 */
export function gaugeScale(budget: BudgetStatus): GaugeScale {
  const { ratio, forecastRatio, thresholds } = budget;
  const top = Math.max(1, ratio, Math.min(forecastRatio, FORECAST_SCALE_LIMIT));
  const at = (value: number) => clamp((value / top) * 100);
  const marks: GaugeMark[] = [
    {
      ratio: thresholds.warning,
      label: formatBudgetPercent(thresholds.warning),
    },
    {
      ratio: thresholds.critical,
      label: formatBudgetPercent(thresholds.critical),
    },
  ];
  if (top > 1) marks.push({ ratio: 1, label: '100 %', above: true });
  return {
    spent: at(ratio),
    forecast: at(Math.max(ratio, forecastRatio)),
    marks: marks.map(mark => ({ ...mark, at: at(mark.ratio) })),
  };
}
