import {
  amountToNumber,
  formatAmount,
  isCurrencyCode,
  parseAmount,
  scaleAmount,
  sumAmounts,
} from './money';

describe('parseAmount', () => {
  it('reads signs, fractions and surrounding whitespace into nanos', () => {
    expect(parseAmount('12.5')).toBe(12_500_000_000n); // 12.5 × 10^9
    expect(parseAmount('-12.50')).toBe(-12_500_000_000n);
    expect(parseAmount('+3')).toBe(3_000_000_000n);
    expect(parseAmount(' \t7 \n')).toBe(7_000_000_000n);
    expect(parseAmount('.5')).toBe(500_000_000n); // 0.5 × 10^9
    expect(parseAmount('1.')).toBe(1_000_000_000n);
    expect(parseAmount('0.000000001')).toBe(1n); // one nano
    expect(parseAmount('007.10')).toBe(7_100_000_000n);
  });

  it('applies exponents exactly', () => {
    // 1.5 × 10^-7 = 0.00000015 = 150 × 10^-9
    expect(parseAmount('1.5E-7')).toBe(150n);
    // −2 × 10^3 = −2000
    expect(parseAmount('-2e3')).toBe(-2_000_000_000_000n);
    // 2.5 × 10^2 = 250
    expect(parseAmount('2.5e+2')).toBe(250_000_000_000n);
    // 123456789 × 10^-18 = 0.000000000123456789: below one nano, rounds to 0
    expect(parseAmount('123456789e-18')).toBe(0n);
  });

  it('rounds beyond the 9th decimal half to even', () => {
    // 0.5 nano: tie between 0 and 1, 0 is even
    expect(parseAmount('0.0000000005')).toBe(0n);
    // 1.5 nanos: tie between 1 and 2 → 2
    expect(parseAmount('0.0000000015')).toBe(2n);
    // 2.5 nanos: tie between 2 and 3 → 2
    expect(parseAmount('0.0000000025')).toBe(2n);
    // 2.51 nanos: not a tie → 3
    expect(parseAmount('0.00000000251')).toBe(3n);
    // −1.5 nanos → −2 (ties to even on the magnitude)
    expect(parseAmount('-0.0000000015')).toBe(-2n);
    // 1 999 999 999.5 nanos: tie, 1 999 999 999 is odd → 2 000 000 000 = 2
    expect(formatAmount(parseAmount('1.9999999995'))).toBe('2');
    // after the exponent: 35 × 10^-10 = 3.5 nanos → 4; 25 × 10^-10 = 2.5 nanos → 2
    expect(parseAmount('35e-10')).toBe(4n);
    expect(parseAmount('25e-10')).toBe(2n);
  });

  it('reads every zero as 0, negative zero included', () => {
    expect(parseAmount('-0')).toBe(0n);
    expect(formatAmount(parseAmount('-0'))).toBe('0');
    expect(parseAmount('-0.00')).toBe(0n);
    expect(parseAmount('0e999999999')).toBe(0n);
    // −0.1 nano rounds to 0, not to "-0"
    expect(formatAmount(parseAmount('-0.0000000001'))).toBe('0');
    // far below a nano, without building 10^999999999
    expect(parseAmount('1e-999999999')).toBe(0n);
  });

  it('takes up to 15 integer digits and refuses more', () => {
    expect(formatAmount(parseAmount('999999999999999.999999999'))).toBe(
      '999999999999999.999999999',
    );
    expect(parseAmount('1e14')).toBe(100_000_000_000_000n * 1_000_000_000n);
    // 10^15 has 16 integer digits
    for (const text of ['1000000000000000', '1e15', '1e309', '-1e309']) {
      expect(() => parseAmount(text)).toThrow(
        `"${text}" is out of range: amounts have at most 15 integer digits`,
      );
    }
  });

  it.each([
    ['', 'an empty value is not an amount'],
    ['   ', 'an empty value is not an amount'],
    ['NaN', '"NaN" is not a decimal number: amounts are finite'],
    ['Infinity', '"Infinity" is not a decimal number: amounts are finite'],
    ['-Infinity', '"-Infinity" is not a decimal number: amounts are finite'],
    [
      '12,50',
      '"12,50" is not a decimal number: use "." as the decimal point and no thousands separators',
    ],
    [
      '1,234.50',
      '"1,234.50" is not a decimal number: use "." as the decimal point and no thousands separators',
    ],
    [
      '$12.50',
      '"$12.50" is not a decimal number: drop the currency symbol (the currency is given apart)',
    ],
    [
      '12.50 €',
      '"12.50 €" is not a decimal number: drop the currency symbol (the currency is given apart)',
    ],
    ['0x1F', '"0x1F" is not a decimal number: hexadecimal is not accepted'],
    ['abc', '"abc" is not a decimal number'],
    ['1.2.3', '"1.2.3" is not a decimal number'],
    ['1e', '"1e" is not a decimal number'],
    ['e5', '"e5" is not a decimal number'],
    ['--1', '"--1" is not a decimal number'],
    ['1 000', '"1 000" is not a decimal number'],
    ['.', '"." is not a decimal number'],
    ['١٢', '"١٢" is not a decimal number'],
  ])('refuses %j', (text, message) => {
    expect(() => parseAmount(text)).toThrow(message);
  });
});

describe('formatAmount', () => {
  it('writes the shortest exact decimal, without exponent', () => {
    expect(formatAmount(12_500_000_000n)).toBe('12.5');
    expect(formatAmount(-1n)).toBe('-0.000000001');
    expect(formatAmount(0n)).toBe('0');
    expect(formatAmount(1_234_567_890_000_000n)).toBe('1234567.89');
    expect(formatAmount(-2_000_000_000_000n)).toBe('-2000');
    // 1.5 × 10^-7, which String(1.5e-7) would write with an exponent
    expect(formatAmount(150n)).toBe('0.00000015');
  });

  it('is read back by parseAmount', () => {
    for (const text of ['12.5', '-0.000000001', '0', '1234567.89', '-42']) {
      expect(formatAmount(parseAmount(text))).toBe(text);
    }
  });
});

describe('sumAmounts', () => {
  it('adds exactly where numbers do not', () => {
    // as numbers 0.1 + 0.2 is 0.30000000000000004
    expect(
      formatAmount(sumAmounts([parseAmount('0.1'), parseAmount('0.2')])),
    ).toBe('0.3');
    // 1 000 000 × 10^-9 = 10^-3
    const nano = parseAmount('0.000000001');
    expect(formatAmount(sumAmounts(Array(1_000_000).fill(nano)))).toBe('0.001');
  });

  it('keeps credits negative and is 0 for nothing', () => {
    // 100 − 30.25 + 0.25 = 70
    expect(
      formatAmount(sumAmounts(['100', '-30.25', '0.25'].map(parseAmount))),
    ).toBe('70');
    expect(sumAmounts([])).toBe(0n);
  });
});

describe('amountToNumber', () => {
  it('gives the nearest number of units', () => {
    expect(amountToNumber(12_500_000_000n)).toBe(12.5);
    expect(amountToNumber(-1n)).toBe(-1e-9);
    expect(amountToNumber(parseAmount('0.3'))).toBe(0.3);
  });
});

describe('scaleAmount', () => {
  it('multiplies then divides with one rounding', () => {
    // 310.50 × 30 ÷ 10 = 931.50
    expect(formatAmount(scaleAmount(parseAmount('310.50'), 30n, 10n))).toBe(
      '931.5',
    );
    // 100 × 1 ÷ 3 = 33.333333333|33… → 33.333333333
    expect(formatAmount(scaleAmount(parseAmount('100'), 1n, 3n))).toBe(
      '33.333333333',
    );
    // 200 ÷ 3 = 66.666666666|66… → 66.666666667
    expect(formatAmount(scaleAmount(parseAmount('200'), 1n, 3n))).toBe(
      '66.666666667',
    );
  });

  it('rounds ties to even, negatives included', () => {
    expect(scaleAmount(5n, 1n, 2n)).toBe(2n); // 2.5 → 2
    expect(scaleAmount(7n, 1n, 2n)).toBe(4n); // 3.5 → 4
    expect(scaleAmount(-5n, 1n, 2n)).toBe(-2n); // −2.5 → −2
    expect(scaleAmount(10n, 1n, -4n)).toBe(-2n); // 10 ÷ −4 = −2.5 → −2
    expect(scaleAmount(3n, 1n, 4n)).toBe(1n); // 0.75 → 1
  });

  it('refuses to divide by zero', () => {
    expect(() => scaleAmount(1n, 1n, 0n)).toThrow(
      'cannot divide an amount by zero',
    );
  });
});

describe('isCurrencyCode', () => {
  it('takes three capital letters only', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('EUR')).toBe(true);
    for (const bad of ['usd', 'US', 'USDT', ' USD', '$', '']) {
      expect(isCurrencyCode(bad)).toBe(false);
    }
  });
});
