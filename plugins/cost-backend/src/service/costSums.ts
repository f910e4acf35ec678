import { scaleAmount } from '@internal/plugin-cost-common';
import { CostSums } from '../database/CostStore';

/** `sums` with every amount divided by `parts` (rounded half to even). */
export function shareOf(sums: CostSums, parts: number): CostSums {
  if (parts <= 1) return sums;
  const share = <T extends { amount: bigint }>(item: T): T => ({
    ...item,
    amount: scaleAmount(item.amount, 1n, BigInt(parts)),
  });
  return {
    daily: sums.daily.map(share),
    byProvider: sums.byProvider.map(share),
    byResource: sums.byResource.map(share),
    currencies: sums.currencies,
    fixed: scaleAmount(sums.fixed, 1n, BigInt(parts)),
  };
}

/** Adds keyed amounts, keeping the first-seen order of the keys. */
function addUp<T extends { amount: bigint }>(
  items: T[],
  key: (item: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const known = byKey.get(k);
    byKey.set(
      k,
      known ? { ...known, amount: known.amount + item.amount } : item,
    );
  }
  return [...byKey.values()];
}

/** Several entities' sums as one: days and providers added up, days in order. */
export function mergeSums(all: CostSums[]): CostSums {
  return {
    daily: addUp(
      all.flatMap(s => s.daily),
      d => d.day,
    ).sort((a, b) => a.day.localeCompare(b.day)),
    byProvider: addUp(
      all.flatMap(s => s.byProvider),
      p => p.provider,
    ),
    byResource: all.flatMap(s => s.byResource),
    currencies: [...new Set(all.flatMap(s => s.currencies))].sort(),
    fixed: all.reduce((sum, s) => sum + s.fixed, 0n),
  };
}

/** For sorting by amount, largest first. */
export function byAmountDescending(
  a: { amount: bigint },
  b: { amount: bigint },
) {
  if (a.amount === b.amount) return 0;
  return a.amount > b.amount ? -1 : 1;
}
