/** A change of a replica count between two samples. */
export interface ReplicaStep {
  /** Unix seconds of the first sample with the new count. */
  time: number;
  from: number;
  to: number;
}

/**
 * The changes in a replica series, oldest first. Samples without a value
 * (NaN, a gap in scraping) are skipped: the count before a gap is compared
 * with the count after it.
 */
export function replicaSteps(
  points: ReadonlyArray<{ time: number; value: number }>,
): ReplicaStep[] {
  const steps: ReplicaStep[] = [];
  let last: number | undefined;
  for (const { time, value } of points) {
    if (!Number.isFinite(value)) continue;
    if (last !== undefined && value !== last) {
      steps.push({ time, from: last, to: value });
    }
    last = value;
  }
  return steps;
}
