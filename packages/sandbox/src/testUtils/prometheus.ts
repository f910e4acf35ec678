import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../freePort';
import { backfill } from '../prometheus/backfill';
import { findExecutable } from '../prometheus/executables';
import { generateHistory, History } from '../prometheus/history';
import { RunningPrometheus, startPrometheus } from '../prometheus/server';

/** `describe`, or `describe.skip` saying why when Prometheus is not installed. */
export function describeWithPrometheus(name: string): jest.Describe {
  if (findExecutable('promtool') && findExecutable('prometheus')) {
    return describe;
  }
  // eslint-disable-next-line no-console
  console.warn(`promtool/prometheus not installed: skipping "${name}"`);
  return describe.skip;
}

/**
 * A real Prometheus backfilled with the sandbox's generated history of some
 * services, sampled every minute, on a free port.
 */
export async function startHistoryPrometheus(options: {
  end: number;
  days: number;
  services: string[];
}): Promise<{
  history: History;
  prometheus: RunningPrometheus;
  stop(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-prometheus-'));
  const durationSeconds = options.days * 24 * 3600;
  const history = generateHistory({
    end: options.end,
    durationSeconds,
    fineDurationSeconds: durationSeconds,
    services: options.services,
  });
  await backfill({
    history,
    dataDir: join(dir, 'data'),
    workDir: join(dir, 'work'),
  });
  const prometheus = await startPrometheus({
    dataDir: join(dir, 'data'),
    port: await freePort(),
  });
  return {
    history,
    prometheus,
    async stop() {
      await prometheus.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Good / total of the `http_requests_total` series that `matches` selects,
 * between two sample times (unix seconds), from the generated counters. With
 * samples every minute on the window's edges, this is what PromQL's
 * `increase()` ratio answers.
 */
export function expectedSli(
  history: History,
  from: number,
  to: number,
  matches: (labels: Record<string, string>) => boolean,
): number {
  const i = history.timestamps.indexOf(from);
  const j = history.timestamps.indexOf(to);
  if (i < 0 || j < 0) throw new Error(`no samples at ${from} and ${to}`);
  let good = 0;
  let total = 0;
  for (const series of history.families.flatMap(f =>
    f.metrics.flatMap(m => m.series),
  )) {
    const labels = Object.fromEntries(series.labels);
    if (series.name !== 'http_requests_total' || !matches(labels)) continue;
    const delta = series.values[j] - series.values[i];
    total += delta;
    if (!labels.code.startsWith('5')) good += delta;
  }
  return good / total;
}
