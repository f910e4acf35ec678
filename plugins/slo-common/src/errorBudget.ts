/**
 * Error budget left, as a ratio of the whole budget:
 * (SLI − objective) / (1 − objective). 1 means untouched, 0 spent, below 0
 * overspent. `null` when there is no SLI (no traffic).
 */
export function errorBudgetRemaining(
  sli: number | null,
  objective: number,
): number | null {
  if (sli === null) return null;
  return (sli - objective) / (1 - objective);
}

/** The whole error budget as time: (1 − objective) × window length. */
export function errorBudgetMinutes(
  objective: number,
  windowMinutes: number,
): number {
  return (1 - objective) * windowMinutes;
}
