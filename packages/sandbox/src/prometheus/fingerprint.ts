import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HistoryOptions } from './history';

/**
 * The TypeScript sources under `src/<dir>`, relative to `src/`, except the
 * tests and `server.ts`.
 */
export async function sourcesIn(
  srcDir: string,
  dir: string,
): Promise<string[]> {
  const entries = await readdir(join(srcDir, dir), {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(
      entry =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        entry.name !== 'server.ts',
    )
    .map(entry => relative(srcDir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The sources the history depends on, relative to `src/`: `random.ts`,
 * `services.ts` and `prometheus/**` except the server and the tests.
 */
export async function generatorSources(srcDir: string): Promise<string[]> {
  return [
    'random.ts',
    'services.ts',
    ...(await sourcesIn(srcDir, 'prometheus')),
  ].sort();
}

/**
 * A hash of generator options and the generator's sources (paths relative
 * to `src/`): equal means what was generated from them is current.
 */
export async function sourcesFingerprint(
  srcDir: string,
  sources: readonly string[],
  options: unknown,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify(options)}\n`);
  for (const file of sources) {
    hash.update(`${file}\n`);
    hash.update(await readFile(join(srcDir, file)));
  }
  return hash.digest('hex');
}

/** A hash of the history options and the generator sources: equal means the data on disk is current. */
export async function historyFingerprint(
  srcDir: string,
  options: HistoryOptions,
): Promise<string> {
  return sourcesFingerprint(srcDir, await generatorSources(srcDir), options);
}
