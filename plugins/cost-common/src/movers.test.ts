import { parseAmount } from './money';
import { topMovers } from './movers';

const amounts = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, parseAmount(v)]));

describe('topMovers', () => {
  const current = amounts({ a: '120', b: '50', c: '10', e: '30' });
  const previous = amounts({ a: '100', b: '80', d: '25', e: '30' });

  it('ranks by absolute change, largest first', () => {
    // a: 120 − 100 = +20, 20 ÷ 100 = 0.2
    // b: 50 − 80 = −30, −30 ÷ 80 = −0.375
    // c: 10 − 0 = +10, nothing before → null
    // d: 0 − 25 = −25, −25 ÷ 25 = −1
    // e: 30 − 30 = 0 → not a mover
    // |change|: b 30 > d 25 > a 20 > c 10
    expect(topMovers(current, previous, 10)).toEqual([
      {
        key: 'b',
        amount: 50_000_000_000n,
        previousAmount: 80_000_000_000n,
        change: -30_000_000_000n,
        changeRatio: -0.375,
      },
      {
        key: 'd',
        amount: 0n,
        previousAmount: 25_000_000_000n,
        change: -25_000_000_000n,
        changeRatio: -1,
      },
      {
        key: 'a',
        amount: 120_000_000_000n,
        previousAmount: 100_000_000_000n,
        change: 20_000_000_000n,
        changeRatio: 0.2,
      },
      {
        key: 'c',
        amount: 10_000_000_000n,
        previousAmount: 0n,
        change: 10_000_000_000n,
        changeRatio: null,
      },
    ]);
  });

  it('keeps only the first `limit`', () => {
    expect(topMovers(current, previous, 2).map(m => m.key)).toEqual(['b', 'd']);
    expect(topMovers(current, previous, 0)).toEqual([]);
  });

  it('breaks ties by key', () => {
    // y +5 and x −5: equal magnitude, "x" < "y"
    const moved = topMovers(
      amounts({ y: '5', x: '0' }),
      amounts({ x: '5' }),
      10,
    );
    expect(moved.map(m => m.key)).toEqual(['x', 'y']);
  });

  it('measures the ratio against the size of a previous net credit', () => {
    // −10 → 10: change +20, 20 ÷ |−10| = 2
    const [mover] = topMovers(amounts({ k: '10' }), amounts({ k: '-10' }), 1);
    expect(mover.change).toBe(20_000_000_000n);
    expect(mover.changeRatio).toBe(2);
  });
});
