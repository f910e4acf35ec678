import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backfill } from './backfill';
import { historyFingerprint } from './fingerprint';
import { generateHistory, HistoryOptions } from './history';

export interface EnsureHistoryOptions {
  /** Holds `data/` (the TSDB), `fingerprint`, and while regenerating `data.next/` and `openmetrics/`. */
  stateDir: string;
  /** The sandbox's `src/`, whose generator sources go into the fingerprint. */
  srcDir: string;
  history: HistoryOptions;
}

export interface EnsuredHistory {
  dataDir: string;
  /** Null when the data on disk was current; otherwise what it took. */
  regenerated: null | { generateMs: number; backfillMs: number };
}

/**
 * Makes sure `stateDir/data` holds the history for these options and this
 * generator: reuses it when the stored fingerprint matches, otherwise
 * generates and backfills into a fresh directory and swaps it in.
 */
export async function ensureHistory(
  options: EnsureHistoryOptions,
): Promise<EnsuredHistory> {
  const { stateDir, srcDir } = options;
  const dataDir = join(stateDir, 'data');
  const fingerprintFile = join(stateDir, 'fingerprint');
  const fingerprint = await historyFingerprint(srcDir, options.history);
  const stored = await readFile(fingerprintFile, 'utf8').catch(() => '');
  const hasData = await stat(dataDir).then(
    () => true,
    () => false,
  );
  if (hasData && stored.trim() === fingerprint) {
    return { dataDir, regenerated: null };
  }

  const nextDir = join(stateDir, 'data.next');
  const workDir = join(stateDir, 'openmetrics');
  await rm(fingerprintFile, { force: true });
  for (const dir of [nextDir, workDir]) {
    await rm(dir, { recursive: true, force: true });
  }
  await mkdir(stateDir, { recursive: true });
  const started = Date.now();
  const history = generateHistory(options.history);
  const generated = Date.now();
  await backfill({ history, dataDir: nextDir, workDir });
  const backfilled = Date.now();
  await rm(workDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  await rename(nextDir, dataDir);
  await writeFile(fingerprintFile, `${fingerprint}\n`);
  return {
    dataDir,
    regenerated: {
      generateMs: generated - started,
      backfillMs: backfilled - generated,
    },
  };
}
