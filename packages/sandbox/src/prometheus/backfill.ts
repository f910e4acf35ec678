import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { History } from './history';
import { TimeWindow, writeOpenMetrics } from './openMetrics';

export interface BackfillOptions {
  history: History;
  /** The TSDB directory (`--storage.tsdb.path`) the blocks go to. */
  dataDir: string;
  /** Where the temporary OpenMetrics files are written (and deleted). */
  workDir: string;
  /** The promtool binary (default `promtool` on the PATH). */
  promtool?: string;
  /** Block length; promtool rounds it down to 2h × 3ⁿ (default 162h, one week-ish). */
  blockHours?: number;
}

/**
 * Windows aligned like promtool's blocks (multiples of the block length since
 * the epoch), so each file becomes exactly one block and promtool parses every
 * sample once instead of once per block.
 */
export function blockWindows(
  timestamps: readonly number[],
  blockSeconds: number,
): TimeWindow[] {
  if (timestamps.length === 0) {
    return [];
  }
  const windows: TimeWindow[] = [];
  const last = timestamps[timestamps.length - 1];
  for (
    let from = Math.floor(timestamps[0] / blockSeconds) * blockSeconds;
    from <= last;
    from += blockSeconds
  ) {
    windows.push({ from, to: from + blockSeconds });
  }
  return windows;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', data => {
      stderr = (stderr + data).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', code =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${command} ${args.join(
                ' ',
              )} exited with ${code}: ${stderr.trim()}`,
            ),
          ),
    );
  });
}

/**
 * Turns a history into TSDB blocks with `promtool tsdb create-blocks-from
 * openmetrics`, one file per block. The next file is written while promtool
 * reads the previous one; each file is deleted once it is imported.
 */
export async function backfill(options: BackfillOptions): Promise<void> {
  const { history, dataDir, workDir, promtool = 'promtool' } = options;
  const blockHours = options.blockHours ?? 162;
  await mkdir(dataDir, { recursive: true });
  await mkdir(workDir, { recursive: true });

  let importing: Promise<void> = Promise.resolve();
  const windows = blockWindows(history.timestamps, blockHours * 3600);
  for (const [index, window] of windows.entries()) {
    const file = join(workDir, `history-${index}.om`);
    const out = createWriteStream(file);
    await writeOpenMetrics(history, out, window);
    out.end();
    await finished(out);
    await importing;
    importing = run(promtool, [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      `--max-block-duration=${blockHours}h`,
      file,
      dataDir,
    ]).finally(() => rm(file, { force: true }));
  }
  await importing;
}
