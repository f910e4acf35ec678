/**
 * Exact amounts for the FOCUS files: money in nano-units (10^-9 USD) as
 * bigints, quantities as bigints scaled by a power of ten. Nothing written
 * to a file goes through a float; floats from the traffic model are turned
 * into scaled integers once, by {@link toScaled}.
 */

/** Nanos in one US dollar. */
export const NANOS_PER_DOLLAR = 1_000_000_000n;

/** `a ÷ b` rounded to the nearest integer, ties to the even one (b > 0). */
export function divideHalfToEven(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError(`cannot divide by ${b}`);
  const negative = a < 0n;
  const n = negative ? -a : a;
  let quotient = n / b;
  const twiceRemainder = (n % b) * 2n;
  if (twiceRemainder > b || (twiceRemainder === b && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A plain decimal (`12`, `-0.0336`) as an integer scaled by 10^`scale`; throws when it has more decimals. */
export function parseScaled(text: string, scale: number): bigint {
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`${JSON.stringify(text)} is not a decimal`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) {
    throw new Error(`${text} has more than ${scale} decimals`);
  }
  const value = BigInt(whole + fraction.padEnd(scale, '0'));
  return sign === '-' ? -value : value;
}

/** Dollars as text (`'0.0336'`) to nanos. */
export function dollars(text: string): bigint {
  return parseScaled(text, 9);
}

/**
 * The shortest exact decimal text of `value` × 10^-`scale`, without
 * exponent: `formatScaled(12_500_000_000n, 9)` is `12.5`, `0n` is `0`.
 */
export function formatScaled(value: bigint, scale: number): string {
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  const unit = 10n ** BigInt(scale);
  const fraction =
    scale === 0
      ? ''
      : (magnitude % unit).toString().padStart(scale, '0').replace(/0+$/, '');
  return `${sign}${magnitude / unit}${fraction ? `.${fraction}` : ''}`;
}

/** Nanos as a dollar amount: `formatNanos(666_666_667n)` is `0.666666667`. */
export function formatNanos(nanos: bigint): string {
  return formatScaled(nanos, 9);
}

/** A non-negative float from the traffic model as an integer scaled by 10^`scale`. */
export function toScaled(value: number, scale: number): bigint {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${value} is not a quantity`);
  }
  return BigInt(Math.round(value * 10 ** scale));
}

/**
 * The cost of a quantity (scaled by 10^`scale`) at `unitPrice` nanos per
 * unit, rounded once to the nano, half to even.
 */
export function costOf(
  quantity: bigint,
  scale: number,
  unitPrice: bigint,
): bigint {
  return divideHalfToEven(quantity * unitPrice, 10n ** BigInt(scale));
}

/**
 * Splits `total` into parts proportional to `weights` (non-negative
 * integers, not all zero) so that the parts add up to `total` exactly: part
 * `i` is ⌊total × W(0..i) / W⌋ − ⌊total × W(0..i−1) / W⌋, where W(0..i) sums
 * the weights up to and including `i`. Every prefix of the parts is then
 * the exact share of that prefix, rounded down: a monthly price spread over
 * the days of a month comes to ⌊price × k / days⌋ after `k` days and to
 * the whole price at the end.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError(`cannot allocate ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n || weights.some(w => w < 0n)) {
    throw new RangeError('weights must be non-negative and not all zero');
  }
  const parts: bigint[] = [];
  let cumulative = 0n;
  let allocated = 0n;
  for (const weight of weights) {
    cumulative += weight;
    const upTo = (total * cumulative) / sum;
    parts.push(upTo - allocated);
    allocated = upTo;
  }
  return parts;
}

/** `total` spread over `count` equal days: {@link allocate} with equal weights. */
export function spreadEvenly(total: bigint, count: number): bigint[] {
  return allocate(total, new Array<bigint>(count).fill(1n));
}
