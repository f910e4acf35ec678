import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHistory } from './ensureHistory';
import { findExecutable } from './executables';

const HOUR = 3600;
const END = Date.UTC(2026, 3, 20) / 1000;

const installed = Boolean(findExecutable('promtool'));
if (!installed) {
  process.stderr.write(
    'Skipping the ensureHistory tests: promtool is not installed (Debian package prometheus)\n',
  );
}

(installed ? describe : describe.skip)('ensureHistory', () => {
  let stateDir: string;
  const ensure = (end: number) =>
    ensureHistory({
      stateDir,
      srcDir: resolve(__dirname, '..'),
      history: {
        end,
        durationSeconds: 3 * HOUR,
        services: ['expansion-agent'],
      },
    });

  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'sandbox-ensure-'));
  });

  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  it('backfills once, then reuses the data until the options change', async () => {
    const first = await ensure(END);
    expect(first.regenerated).not.toBeNull();
    expect(first.dataDir).toBe(join(stateDir, 'data'));
    expect(
      (await readdir(first.dataDir)).filter(name =>
        /^[0-9A-Z]{26}$/.test(name),
      ),
    ).toHaveLength(1);
    expect((await readdir(stateDir)).sort()).toEqual(['data', 'fingerprint']);

    expect((await ensure(END)).regenerated).toBeNull();
    expect((await ensure(END + 24 * HOUR)).regenerated).not.toBeNull();
  });

  it('regenerates when the data directory is gone', async () => {
    const { dataDir } = await ensure(END);
    await rm(dataDir, { recursive: true });
    expect((await ensure(END)).regenerated).not.toBeNull();
  });
});
