/** A Kubernetes quantity as text: `500m`, `512Mi`, `1.5`, `2e3`. */
export const QUANTITY =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+)?$/;

const MULTIPLIERS: Record<string, number> = {
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The number a Kubernetes quantity stands for: `500m` → 0.5, `1Mi` → 1048576; NaN when unreadable. */
export function parseQuantity(quantity: string | number): number {
  if (typeof quantity === 'number') return quantity;
  const match = QUANTITY.exec(quantity.trim());
  if (!match) return NaN;
  const [, digits, suffix] = match;
  if (suffix === undefined) return Number(digits);
  if (/^[eE]/.test(suffix)) return Number(`${digits}${suffix}`);
  return Number(digits) * MULTIPLIERS[suffix];
}
