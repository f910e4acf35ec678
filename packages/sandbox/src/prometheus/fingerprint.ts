import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HistoryOptions } from './history';

/**
 * The sources the history depends on, relative to `src/`: `random.ts`,
 * `services.ts` and `prometheus/**` except the server and the tests.
 */
export async function generatorSources(srcDir: string): Promise<string[]> {
  const prometheusDir = join(srcDir, 'prometheus');
  const entries = await readdir(prometheusDir, {
    recursive: true,
    withFileTypes: true,
  });
  const generator = entries
    .filter(
      entry =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        entry.name !== 'server.ts',
    )
    .map(entry => relative(srcDir, join(entry.parentPath, entry.name)));
  return ['random.ts', 'services.ts', ...generator].sort();
}

/** A hash of the history options and the generator sources: equal means the data on disk is current. */
export async function historyFingerprint(
  srcDir: string,
  options: HistoryOptions,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify(options)}\n`);
  for (const file of await generatorSources(srcDir)) {
    hash.update(`${file}\n`);
    hash.update(await readFile(join(srcDir, file)));
  }
  return hash.digest('hex');
}
