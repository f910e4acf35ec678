/** A metric's reading as the reasons word it: `92.5 %`, `420 ms`. */
export function formatReading(value: number, unit: string): string {
  return `${Math.round(value * 10) / 10}${unit === '%' ? ' %' : ` ${unit}`}`;
}
