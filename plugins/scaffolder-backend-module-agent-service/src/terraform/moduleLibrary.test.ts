import { parse } from '@cdktf/hcl2json';
import { readdir } from 'node:fs/promises';
import { ModuleName } from './moduleSources';
import { readLibraryModule } from './moduleLibrary';
import { MODULE_LIBRARY } from './testPlatform';

const MODULES: ModuleName[] = [
  'edge-cloudflare',
  'hosting-kubernetes',
  'hosting-railway',
  'database-postgres/modules/neon',
  'database-postgres/modules/rds',
  'observability-grafana',
  'errors-sentry',
];

describe('the module library', () => {
  it('holds the six modules, the database as two nested ones', async () => {
    const entries = await readdir(MODULE_LIBRARY, { withFileTypes: true });
    expect(
      entries
        .filter(entry => entry.isDirectory())
        .map(entry => entry.name)
        .sort(),
    ).toEqual([...new Set(MODULES.map(m => m.split('/')[0]))].sort());
    expect(
      (await readdir(`${MODULE_LIBRARY}/database-postgres/modules`)).sort(),
    ).toEqual(['neon', 'rds']);
  });

  it.each(MODULES)(
    '%s has the standard structure, parses, is formatted, and its README documents every input and output',
    async name => {
      // readLibraryModule validates each file as the action does
      const { files, json } = await readLibraryModule(MODULE_LIBRARY, name);
      expect([...files.keys()].sort()).toEqual([
        'README.md',
        'main.tf',
        'outputs.tf',
        'variables.tf',
        'versions.tf',
      ]);
      const readme = files.get('README.md')!;
      const undocumented = [
        ...Object.keys(json.variable ?? {}),
        ...Object.keys(json.output ?? {}),
      ].filter(item => !readme.includes(`\`${item}\``));
      expect(undocumented).toEqual([]);
      expect(readme).toMatch(/## Example/);
      // every provider pinned to a version
      const [terraform] = (
        await parse('versions.tf', files.get('versions.tf')!)
      ).terraform;
      expect(terraform.required_version).toBe('>= 1.6');
      const providers: Array<{ source: string; version: string }> =
        Object.values(terraform.required_providers[0]);
      expect(providers.length).toBeGreaterThan(0);
      for (const provider of providers) {
        expect(provider.version).toMatch(/^~> \d+\.\d+/);
      }
    },
  );
});
