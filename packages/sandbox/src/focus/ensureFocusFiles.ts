import {
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_HISTORY } from '../prometheus/history';
import {
  generatorSources,
  sourcesFingerprint,
  sourcesIn,
} from '../prometheus/fingerprint';
import {
  DEFAULT_FOCUS_MONTHS,
  FOCUS_PROVIDERS,
  focusFileNames,
  FocusOptions,
  generateFocusFiles,
} from './generate';

/** Where the fingerprint of the files is kept, next to them; `*.csv` importers skip it. */
const FINGERPRINT_FILE = '.fingerprint';

/** A file this generator writes: `2026-11-aws.csv`. */
const OWN_FILE = new RegExp(
  `^\\d{4}-\\d{2}-(${FOCUS_PROVIDERS.map(p => p.id).join('|')})\\.csv$`,
);

export interface EnsureFocusFilesOptions {
  /** The directory of the CSV files (created if missing) */
  dir: string;
  /** The sandbox's `src/`, whose generator sources go into the fingerprint */
  srcDir: string;
  focus: FocusOptions;
}

export interface EnsuredFocusFiles {
  dir: string;
  /** The file names, oldest month first */
  files: string[];
  /** Null when the files on disk were current; otherwise what it took */
  regenerated: null | {
    generateMs: number;
    /** Files written because they were new or their content changed */
    written: number;
    /** Files of months no longer covered, deleted */
    removed: number;
  };
}

/**
 * A hash of the options and of the sources the files depend on: the
 * history's generator (`random.ts`, `services.ts`, `prometheus/**`: the
 * traffic shape and the incidents) and `focus/**`.
 */
export async function focusFingerprint(
  srcDir: string,
  options: FocusOptions,
): Promise<string> {
  const sources = [
    ...(await generatorSources(srcDir)),
    ...(await sourcesIn(srcDir, 'focus')),
  ].sort();
  return sourcesFingerprint(srcDir, sources, {
    end: options.end,
    months: options.months ?? DEFAULT_FOCUS_MONTHS,
    seed: options.seed ?? DEFAULT_HISTORY.seed,
  });
}

/**
 * Makes sure `dir` holds the FOCUS files for these options and this
 * generator. When the stored fingerprint matches and every file is there,
 * nothing is touched. Otherwise the files are generated; each one whose
 * content differs is written to a temporary name and renamed into place
 * (an importer never reads half a file, and files that did not change keep
 * their modification time, so an importer that skips unchanged files still
 * does), files of months no longer covered are deleted, and the
 * fingerprint is written last. Other files in `dir` are left alone.
 */
export async function ensureFocusFiles(
  options: EnsureFocusFilesOptions,
): Promise<EnsuredFocusFiles> {
  const { dir, srcDir, focus } = options;
  const fingerprintPath = join(dir, FINGERPRINT_FILE);
  const fingerprint = await focusFingerprint(srcDir, focus);
  const names = focusFileNames(focus);
  const stored = await readFile(fingerprintPath, 'utf8').catch(() => '');
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  if (stored.trim() === fingerprint && names.every(n => present.has(n))) {
    return { dir, files: names, regenerated: null };
  }

  await mkdir(dir, { recursive: true });
  await rm(fingerprintPath, { force: true });
  const started = Date.now();
  const files = generateFocusFiles(focus);
  const generateMs = Date.now() - started;
  let written = 0;
  for (const { name, csv } of files) {
    const path = join(dir, name);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === csv) continue;
    const temporary = join(dir, `.${name}.tmp`);
    await writeFile(temporary, csv);
    await rename(temporary, path);
    written++;
  }
  const wanted = new Set(names);
  const stale = [...present].filter(n => OWN_FILE.test(n) && !wanted.has(n));
  for (const name of stale) await rm(join(dir, name), { force: true });
  await writeFile(fingerprintPath, `${fingerprint}\n`);
  return {
    dir,
    files: names,
    regenerated: { generateMs, written, removed: stale.length },
  };
}
