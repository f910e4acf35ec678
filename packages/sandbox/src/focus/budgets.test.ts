import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_SERVICES } from '../services';
import { SANDBOX_COST_RESOURCES, SANDBOX_MONTHLY_BUDGETS } from './budgets';

const catalog = resolve(__dirname, '../../../../catalog');

/** An annotation's value in a catalog file's text (quotes removed). */
function annotations(text: string, name: string): string[] {
  const pattern = new RegExp(
    `^\\s+agent-platform\\.io/${name}:\\s*'?([^'\\n]*?)'?\\s*$`,
    'gm',
  );
  return [...text.matchAll(pattern)].map(match => match[1]);
}

describe('the budgets and cost tags the files are made for', () => {
  it('are the catalog services’ agent-platform.io/monthly-budget and cost-tags', () => {
    for (const { name } of DEMO_SERVICES) {
      const text = readFileSync(
        resolve(catalog, 'services', name, 'catalog-info.yaml'),
        'utf8',
      );
      expect([name, annotations(text, 'monthly-budget')]).toEqual([
        name,
        [SANDBOX_MONTHLY_BUDGETS[name]],
      ]);
      expect(annotations(text, 'cost-tags')).toEqual([`service=${name}`]);
    }
    expect(Object.keys(SANDBOX_MONTHLY_BUDGETS).sort()).toEqual(
      DEMO_SERVICES.map(s => s.name).sort(),
    );
  });

  it('cover every catalog Resource with cost tags', () => {
    const dir = resolve(catalog, 'resources');
    const tags = readdirSync(dir)
      .filter(name => name.endsWith('.yaml'))
      .flatMap(name =>
        annotations(readFileSync(resolve(dir, name), 'utf8'), 'cost-tags'),
      );
    expect(tags.sort()).toEqual(
      SANDBOX_COST_RESOURCES.map(r => `resource=${r}`).sort(),
    );
  });
});
