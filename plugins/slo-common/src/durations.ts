const UNIT_MINUTES: Record<string, number> = {
  m: 1,
  h: 60,
  d: 24 * 60,
  w: 7 * 24 * 60,
};

/**
 * Minutes in a Prometheus-style duration made of one unit: `5m`, `1h`, `28d`,
 * `4w`. Throws on anything else, so a typo in a spec is reported, not guessed.
 */
export function durationMinutes(duration: string): number {
  const match = /^([1-9][0-9]*)([mhdw])$/.exec(duration);
  if (!match) {
    throw new Error(
      `"${duration}" is not a duration such as 5m, 1h, 28d or 4w`,
    );
  }
  return Number(match[1]) * UNIT_MINUTES[match[2]];
}
