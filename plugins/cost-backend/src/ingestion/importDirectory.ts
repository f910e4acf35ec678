import { LoggerService } from '@backstage/backend-plugin-api';
import { AttributionTarget } from '@internal/plugin-cost-common';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CostStore } from '../database/CostStore';
import { importFocus } from './importFocus';

export interface DirectoryImportSummary {
  imported: number;
  unchanged: number;
  rejected: number;
  failed: number;
}

/**
 * Imports the FOCUS files (`*.csv`, symlinks followed) of `directory` as the source `source`,
 * each keyed by its name, so that a new export of a file replaces the
 * earlier one. A file whose size and modification time are those of its
 * last successful import is skipped. One file failing does not stop the
 * others; each outcome is logged.
 */
export async function importDirectory(options: {
  directory: string;
  source: string;
  store: CostStore;
  targets: () => Promise<AttributionTarget[]>;
  logger: LoggerService;
}): Promise<DirectoryImportSummary> {
  const { directory, source, store, logger } = options;
  // names, not dirents: a mounted file is often a symlink to the data
  const names = (await readdir(directory))
    .filter(name => name.toLowerCase().endsWith('.csv'))
    .sort();
  const summary = { imported: 0, unchanged: 0, rejected: 0, failed: 0 };
  let targets: AttributionTarget[] | undefined;
  for (const name of names) {
    const path = join(directory, name);
    try {
      const file = await stat(path);
      if (!file.isFile()) continue;
      const { size, mtimeMs } = file;
      const fingerprint = `${size} bytes, modified ${new Date(
        mtimeMs,
      ).toISOString()}`;
      if ((await store.lastFingerprint(source, name)) === fingerprint) {
        summary.unchanged++;
        continue;
      }
      targets ??= await options.targets();
      const result = await importFocus(createReadStream(path), {
        store,
        source,
        fileKey: name,
        fingerprint,
        targets,
      });
      if (result.status === 'succeeded') {
        summary.imported++;
        logger.info(`Imported ${name} of ${source}`, {
          rowsAccepted: result.rowsAccepted,
        });
      } else {
        summary.rejected++;
        const [first] = result.errors;
        logger.warn(
          `Rejected ${name} of ${source}: ${result.rowsRejected} bad rows; line ${first?.line}: ${first?.message}`,
        );
      }
    } catch (error) {
      summary.failed++;
      logger.error(`Could not import ${name} of ${source}`, {
        error: (error as Error).message,
      });
    }
  }
  return summary;
}
