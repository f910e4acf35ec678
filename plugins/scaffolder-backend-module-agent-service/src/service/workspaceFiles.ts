import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * Writes `content` to `path` inside the task's workspace and answers the
 * full path. Refuses an absolute path, one that leaves the workspace
 * (`../`), and one that passes through or ends at a symlink, so nothing
 * is ever written outside the workspace.
 */
export async function writeWorkspaceFile(
  workspacePath: string,
  path: string,
  content: string,
): Promise<string> {
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) {
    throw new InputError(
      `${path} must be a relative path inside the workspace`,
    );
  }
  const parts = path.split(/[\\/]/).filter(part => part && part !== '.');
  for (let i = 1; i <= parts.length; i++) {
    const stats = await lstat(join(workspacePath, ...parts.slice(0, i))).catch(
      () => undefined,
    );
    if (stats?.isSymbolicLink()) {
      throw new InputError(`${path} goes through a symlink in the workspace`);
    }
  }
  // and what the scaffolder itself checks, symlinks resolved
  const target = resolveSafeChildPath(workspacePath, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content, 'utf8');
  return target;
}
