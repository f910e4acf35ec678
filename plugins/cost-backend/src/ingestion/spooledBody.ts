import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Copies an upload to a temporary file and runs `use` on it, so that the
 * import's transaction lasts as long as reading a local file, not as long
 * as a slow client takes to send it. The file is removed afterwards.
 */
export async function withSpooledBody<T>(
  body: Readable,
  use: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'cost-upload-'));
  try {
    const path = join(dir, 'upload.csv');
    await pipeline(body, createWriteStream(path));
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
