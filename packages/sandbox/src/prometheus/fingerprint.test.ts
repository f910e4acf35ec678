import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatorSources, historyFingerprint } from './fingerprint';

describe('generatorSources', () => {
  it('lists the generator of this package, not the server or the tests', async () => {
    const sources = await generatorSources(resolve(__dirname, '..'));
    expect(sources).toEqual(
      expect.arrayContaining([
        'random.ts',
        'services.ts',
        'prometheus/history.ts',
        'prometheus/openMetrics.ts',
        'prometheus/backfill.ts',
      ]),
    );
    expect(sources).not.toContain('prometheus/server.ts');
    expect(sources).not.toContain('main.ts');
    expect(sources.filter(file => file.endsWith('.test.ts'))).toEqual([]);
  });
});

describe('historyFingerprint', () => {
  let srcDir: string;

  beforeAll(async () => {
    srcDir = await mkdtemp(join(tmpdir(), 'sandbox-fingerprint-'));
    await mkdir(join(srcDir, 'prometheus'));
    await writeFile(join(srcDir, 'random.ts'), 'random');
    await writeFile(join(srcDir, 'services.ts'), 'services');
    await writeFile(join(srcDir, 'prometheus', 'history.ts'), 'v1');
    await writeFile(join(srcDir, 'prometheus', 'server.ts'), 'server v1');
  });

  afterAll(() => rm(srcDir, { recursive: true, force: true }));

  it('changes with the options and the generator, not with the server', async () => {
    const fingerprint = (seed: number, end: number) =>
      historyFingerprint(srcDir, { seed, end });
    const first = await fingerprint(1, 86400);
    expect(await fingerprint(1, 86400)).toBe(first);
    expect(await fingerprint(2, 86400)).not.toBe(first);
    expect(await fingerprint(1, 2 * 86400)).not.toBe(first);
    expect(
      await historyFingerprint(srcDir, {
        seed: 1,
        end: 86400,
        services: ['api-gateway'],
      }),
    ).not.toBe(first);

    await writeFile(join(srcDir, 'prometheus', 'server.ts'), 'server v2');
    expect(await fingerprint(1, 86400)).toBe(first);
    await writeFile(join(srcDir, 'prometheus', 'history.ts'), 'v2');
    expect(await fingerprint(1, 86400)).not.toBe(first);
  });
});
