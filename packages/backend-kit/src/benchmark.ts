// What the plugins' benchmark scripts (`yarn bench:*`) share: timing a call,
// percentiles and one report line per measurement, and a logger that keeps
// the figures' output clean.
import { LoggerService } from '@backstage/backend-plugin-api';

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** Prints `label  n=…  p50 … ms  p95 … ms` for `samples` in milliseconds. */
export function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);
  console.log(
    `${label.padEnd(34)} n=${String(sorted.length).padEnd(4)} p50 ${fmt(
      percentile(sorted, 50),
    )}  p95 ${fmt(percentile(sorted, 95))}`,
  );
}

/** How long `fn` takes, in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A logger that says nothing, so warnings do not break the report lines. */
export const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};
