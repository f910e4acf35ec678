import {
  allocate,
  costOf,
  divideHalfToEven,
  dollars,
  formatNanos,
  formatScaled,
  parseScaled,
  spreadEvenly,
  toScaled,
} from './amounts';

const sum = (parts: bigint[]) => parts.reduce((a, b) => a + b, 0n);

describe('decimal text', () => {
  it('reads and writes exact decimals', () => {
    expect(dollars('0.0336')).toBe(33_600_000n);
    expect(dollars('-75')).toBe(-75_000_000_000n);
    expect(formatNanos(12_500_000_000n)).toBe('12.5');
    expect(formatNanos(-75_000_000_000n)).toBe('-75');
    expect(formatNanos(1n)).toBe('0.000000001');
    expect(formatNanos(0n)).toBe('0');
    expect(formatScaled(1_234n, 3)).toBe('1.234');
    expect(formatScaled(42n, 0)).toBe('42');
    expect(parseScaled('1.5', 10)).toBe(15_000_000_000n);
    expect(() => dollars('0.0000000001')).toThrow('more than 9 decimals');
    expect(() => dollars('1e3')).toThrow('not a decimal');
  });

  it('turns a float from the traffic model into a scaled integer once', () => {
    expect(toScaled(1.0000004, 6)).toBe(1_000_000n);
    expect(toScaled(0.1 + 0.2, 6)).toBe(300_000n);
    expect(() => toScaled(-1, 6)).toThrow('not a quantity');
  });
});

describe('costOf', () => {
  it('prices a scaled quantity, rounding once, half to even', () => {
    // 24 h × 0.10 USD, 24 h × 0.1517, 48 node-hours × 0.032
    expect(formatNanos(costOf(24n, 0, dollars('0.10')))).toBe('2.4');
    expect(formatNanos(costOf(24n, 0, dollars('0.1517')))).toBe('3.6408');
    expect(formatNanos(costOf(48n, 0, dollars('0.032')))).toBe('1.536');
    // 1.234567 vCPU-hours × 0.0336 = 0.0414814512 → 0.041481451
    expect(formatNanos(costOf(1_234_567n, 6, dollars('0.0336')))).toBe(
      '0.041481451',
    );
    // 12 345 tokens at 0.00006 per thousand = 0.0007407
    expect(formatNanos(costOf(12_345n, 3, dollars('0.00006')))).toBe(
      '0.0007407',
    );
    expect(divideHalfToEven(5n, 10n)).toBe(0n);
    expect(divideHalfToEven(15n, 10n)).toBe(2n);
    expect(divideHalfToEven(-15n, 10n)).toBe(-2n);
    expect(divideHalfToEven(16n, 10n)).toBe(2n);
  });
});

describe('spreadEvenly', () => {
  it('spreads 20.00 USD over the 30 days of a month to the nano, adding up exactly', () => {
    const days = spreadEvenly(dollars('20'), 30);
    // 20 / 30 = 0.666666666…: ⌊20 k / 30⌋ after k days
    expect(days.slice(0, 3).map(formatNanos)).toEqual([
      '0.666666666',
      '0.666666667',
      '0.666666667',
    ]);
    expect(days.filter(d => d === 666_666_666n)).toHaveLength(10);
    expect(days.filter(d => d === 666_666_667n)).toHaveLength(20);
    expect(formatNanos(sum(days))).toBe('20');
    expect(formatNanos(sum(days.slice(0, 15)))).toBe('10');
    expect(formatNanos(sum(days.slice(0, 19)))).toBe('12.666666666');
  });

  it('does the same for February and for 29 USD over 31 days', () => {
    const february = spreadEvenly(dollars('20'), 28);
    expect(formatNanos(sum(february))).toBe('20');
    expect(formatNanos(sum(february.slice(0, 14)))).toBe('10');
    const support = spreadEvenly(dollars('29'), 31);
    // 29 / 31 = 0.935483870967…
    expect(new Set(support.map(formatNanos))).toEqual(
      new Set(['0.93548387', '0.935483871']),
    );
    expect(formatNanos(sum(support))).toBe('29');
  });
});

describe('allocate', () => {
  it('splits in proportion to the weights, exactly', () => {
    expect(allocate(100n, [1n, 1n, 2n])).toEqual([25n, 25n, 50n]);
    expect(allocate(10n, [1n, 1n, 1n])).toEqual([3n, 3n, 4n]);
    expect(allocate(7n, [0n, 5n])).toEqual([0n, 7n]);
    const parts = allocate(dollars('51.7234'), [3n, 700n, 11n, 9_999n]);
    expect(formatNanos(sum(parts))).toBe('51.7234');
  });

  it('refuses what cannot be split', () => {
    expect(() => allocate(1n, [0n, 0n])).toThrow('not all zero');
    expect(() => allocate(1n, [2n, -1n])).toThrow('non-negative');
    expect(() => allocate(-1n, [1n])).toThrow('cannot allocate');
  });
});
