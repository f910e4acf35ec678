import { Nanos } from './money';

/** How one key's spend changed between two periods. */
export interface Mover {
  key: string;
  amount: Nanos;
  previousAmount: Nanos;
  /** amount − previousAmount */
  change: Nanos;
  /** change ÷ |previousAmount|; null when previousAmount is 0 */
  changeRatio: number | null;
}

/**
 * The `limit` keys whose spend changed most between the previous period and
 * the current one, largest absolute change first, ties by key. A key missing
 * from one period spent 0 in it; keys whose spend did not change are left
 * out. The ratio is taken against the magnitude of the previous amount, so a
 * rise from a net credit (−10 → 10) reads +200 %, not −200 %.
 */
export function topMovers(
  current: ReadonlyMap<string, Nanos>,
  previous: ReadonlyMap<string, Nanos>,
  limit: number,
): Mover[] {
  const magnitude = (n: Nanos) => (n < 0n ? -n : n);
  const movers: Mover[] = [];
  for (const key of new Set([...current.keys(), ...previous.keys()])) {
    const amount = current.get(key) ?? 0n;
    const previousAmount = previous.get(key) ?? 0n;
    const change = amount - previousAmount;
    if (change === 0n) continue;
    movers.push({
      key,
      amount,
      previousAmount,
      change,
      changeRatio:
        previousAmount === 0n
          ? null
          : Number(change) / Number(magnitude(previousAmount)),
    });
  }
  return movers
    .sort((a, b) => {
      const byChange = magnitude(b.change) - magnitude(a.change);
      if (byChange !== 0n) return byChange > 0n ? 1 : -1;
      return a.key < b.key ? -1 : 1;
    })
    .slice(0, limit);
}
