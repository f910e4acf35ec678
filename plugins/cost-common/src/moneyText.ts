import { DecimalAmount } from './types';
import { formatAmount, parseAmount } from './money';

const LOCALE = 'en-US';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** The en-US currency format of `currency`, to the cent (cached). */
export function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(currency, format);
  }
  return format;
}

/**
 * An amount in its currency, to the cent: `"1234.5"` in USD → `$1,234.50`,
 * `"-12.5"` → `-$12.50`, `"96.4"` in EUR → `€96.40`. The decimal text is
 * formatted as it is (rounded half away from zero), never through a float.
 * Text that is not an amount, or a currency Intl does not know, is shown
 * as it came: `12,50 USD`.
 */
export function formatMoney(amount: DecimalAmount, currency: string): string {
  try {
    const exact = formatAmount(parseAmount(amount)) as `${number}`;
    return moneyFormat(currency).format(exact);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * A ratio of the budget in whole percent, rounded down: 0.8033 → `80 %`,
 * 1.0954 → `109 %`. Rounded down so that the text reaches 80 % exactly
 * when the spend reaches the 80 % threshold (0.796 reads `79 %`, not the
 * `80 %` its OK chip would contradict).
 */
export function formatBudgetPercent(ratio: number): string {
  // 0.29 × 100 is 28.999999999999996: nudge past the float error first
  return `${Math.floor(ratio * 100 + 1e-9)} %`;
}
