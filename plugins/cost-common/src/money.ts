/**
 * An exact amount of money in nano-units: 10^-9 of the currency unit, so
 * `12.5` is `12_500_000_000n`. Amounts never go through JS `number` except
 * for charts ({@link amountToNumber}).
 */
export type Nanos = bigint;

const FRACTION_DIGITS = 9;

/** Nanos in one currency unit: 10^9. */
export const NANOS_PER_UNIT: Nanos = 10n ** BigInt(FRACTION_DIGITS);

/**
 * The most integer digits an amount may have: up to 10^15 − 1 units, far
 * beyond any bill, and below 2^53, so whole units stay exact as a `number`.
 * It keeps `1e309` or `1e999999999` from becoming a giant bigint.
 */
const MAX_INTEGER_DIGITS = 15;

/** sign, integer digits, fraction digits, exponent; `1.`, `.5` and `1.5E-7` included */
const DECIMAL = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;

/** numerator ÷ denominator rounded to the nearest integer, ties to the even one. */
function divideHalfToEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) {
    throw new RangeError('cannot divide an amount by zero');
  }
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (twiceRemainder > d || (twiceRemainder === d && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}

function notDecimal(text: string): Error {
  const quoted = JSON.stringify(text);
  const trimmed = text.trim();
  let why = '';
  if (/^[+-]?(nan|infinity|inf)$/i.test(trimmed)) {
    why = ': amounts are finite';
  } else if (/^[+-]?0x/i.test(trimmed)) {
    why = ': hexadecimal is not accepted';
  } else if (/\p{Sc}/u.test(trimmed)) {
    why = ': drop the currency symbol (the currency is given apart)';
  } else if (trimmed.includes(',')) {
    why = ': use "." as the decimal point and no thousands separators';
  }
  return new Error(`${quoted} is not a decimal number${why}`);
}

/**
 * Reads a decimal number as FOCUS files carry it: an optional sign, digits,
 * an optional fraction and an optional exponent (`-12.5`, `1.5E-7`, `-2e3`),
 * surrounding whitespace ignored. Digits beyond the 9th decimal place are
 * rounded half to even. Exact: the text never becomes a `number`.
 *
 * Throws an Error saying why for anything else: an empty value, `NaN`,
 * `Infinity`, thousands separators or a decimal comma (`12,50`), currency
 * symbols, hexadecimal, and amounts of more than 15 integer digits.
 */
export function parseAmount(text: string): Nanos {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new Error('an empty value is not an amount');
  }
  const match = DECIMAL.exec(trimmed);
  if (!match) throw notDecimal(text);
  const [, sign, integerPart, fractionPart, bareFraction, exponentPart] = match;
  const fraction = fractionPart ?? bareFraction ?? '';
  const digits = ((integerPart ?? '') + fraction).replace(/^0+/, '');
  if (digits === '') return 0n;
  // value = digits × 10^(exponent − fraction.length); in nanos, × 10^9 more
  const exponent = Number(exponentPart ?? 0);
  const integerDigits = digits.length + exponent - fraction.length;
  if (integerDigits > MAX_INTEGER_DIGITS) {
    throw new Error(
      `${JSON.stringify(text)} is out of range: amounts have at most ` +
        `${MAX_INTEGER_DIGITS} integer digits`,
    );
  }
  const shift = exponent - fraction.length + FRACTION_DIGITS;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = BigInt(digits) * 10n ** BigInt(shift);
  } else if (-shift > digits.length) {
    // below 0.1 nano: rounds to zero (and keeps 10^-shift small)
    magnitude = 0n;
  } else {
    magnitude = divideHalfToEven(BigInt(digits), 10n ** BigInt(-shift));
  }
  return sign === '-' ? -magnitude : magnitude;
}

/**
 * The shortest exact decimal text of an amount, without exponent: `12.5`,
 * `-0.000000001`, `0`, `1234567.89`. {@link parseAmount} reads it back.
 */
export function formatAmount(nanos: Nanos): string {
  const sign = nanos < 0n ? '-' : '';
  const magnitude = nanos < 0n ? -nanos : nanos;
  const units = magnitude / NANOS_PER_UNIT;
  const fraction = (magnitude % NANOS_PER_UNIT)
    .toString()
    .padStart(FRACTION_DIGITS, '0')
    .replace(/0+$/, '');
  return `${sign}${units}${fraction ? `.${fraction}` : ''}`;
}

/** The exact sum; 0 for none. */
export function sumAmounts(values: Iterable<Nanos>): Nanos {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/**
 * The nearest `number` of currency units, for charts and ratios only: never
 * add these up.
 */
export function amountToNumber(nanos: Nanos): number {
  return Number(formatAmount(nanos));
}

/**
 * nanos × numerator ÷ denominator, exact until the one final rounding to a
 * nano, half to even. Throws a RangeError for a zero denominator.
 */
export function scaleAmount(
  nanos: Nanos,
  numerator: bigint,
  denominator: bigint,
): Nanos {
  return divideHalfToEven(nanos * numerator, denominator);
}

/** True for an ISO 4217 code as bills write it: three capital letters (`USD`, `EUR`). */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/.test(text);
}
