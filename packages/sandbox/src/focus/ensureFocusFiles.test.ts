import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureFocusFiles, focusFingerprint } from './ensureFocusFiles';

const END = Date.UTC(2026, 10, 20) / 1000;
const DAY = 86_400;

describe('ensureFocusFiles', () => {
  let dir: string;
  const ensure = (end: number) =>
    ensureFocusFiles({
      dir,
      srcDir: resolve(__dirname, '..'),
      focus: { end, months: 2 },
    });

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'sandbox-focus-')), 'focus');
  });

  afterEach(() => rm(resolve(dir, '..'), { recursive: true, force: true }));

  it('writes the files once, then reuses them until the end changes', async () => {
    const first = await ensure(END);
    expect(first.regenerated).toMatchObject({ written: 16, removed: 0 });
    expect(first.files).toHaveLength(16);
    expect((await readdir(dir)).sort()).toEqual(
      ['.fingerprint', ...first.files].sort(),
    );
    expect((await ensure(END)).regenerated).toBeNull();

    // a day later the closed month's Supabase file is unchanged and keeps its mtime
    const october = join(dir, '2026-10-supabase.csv');
    const { mtimeMs } = await stat(october);
    const next = await ensure(END + DAY);
    expect(next.regenerated?.written).toBeGreaterThan(0);
    expect(next.regenerated?.written).toBeLessThan(16);
    expect((await stat(october)).mtimeMs).toBe(mtimeMs);
  });

  it('deletes its files of months no longer covered, not other files', async () => {
    await ensure(END);
    await writeFile(join(dir, 'notes.csv'), 'mine\n');
    const december = await ensure(Date.UTC(2026, 11, 2) / 1000);
    expect(december.regenerated?.removed).toBe(8);
    const names = await readdir(dir);
    expect(names.filter(n => n.startsWith('2026-10-'))).toEqual([]);
    expect(names).toContain('notes.csv');
    expect(names).toContain('2026-12-aws.csv');
  });

  it('regenerates when a file is gone', async () => {
    await ensure(END);
    await rm(join(dir, '2026-11-neon.csv'));
    expect((await ensure(END)).regenerated?.written).toBe(1);
  });
});

describe('focusFingerprint', () => {
  let srcDir: string;

  beforeAll(async () => {
    srcDir = await mkdtemp(join(tmpdir(), 'sandbox-focus-fingerprint-'));
    await mkdir(join(srcDir, 'prometheus'));
    await mkdir(join(srcDir, 'focus'));
    await writeFile(join(srcDir, 'random.ts'), 'random');
    await writeFile(join(srcDir, 'services.ts'), 'services');
    await writeFile(join(srcDir, 'prometheus', 'incidents.ts'), 'v1');
    await writeFile(join(srcDir, 'focus', 'generate.ts'), 'v1');
    await writeFile(join(srcDir, 'focus', 'generate.test.ts'), 'test v1');
  });

  afterAll(() => rm(srcDir, { recursive: true, force: true }));

  it('changes with the options, the focus generator and the history’s, not with tests', async () => {
    const fingerprint = (options = {}) =>
      focusFingerprint(srcDir, { end: END, ...options });
    const first = await fingerprint();
    expect(await fingerprint({ months: 13, seed: 20260401 })).toBe(first);
    expect(await fingerprint({ end: END + DAY })).not.toBe(first);
    expect(await fingerprint({ months: 12 })).not.toBe(first);
    expect(await fingerprint({ seed: 1 })).not.toBe(first);

    await writeFile(join(srcDir, 'focus', 'generate.test.ts'), 'test v2');
    expect(await fingerprint()).toBe(first);
    await writeFile(join(srcDir, 'focus', 'generate.ts'), 'v2');
    const second = await fingerprint();
    expect(second).not.toBe(first);
    await writeFile(join(srcDir, 'prometheus', 'incidents.ts'), 'v2');
    expect(await fingerprint()).not.toBe(second);
  });
});
