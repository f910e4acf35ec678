import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEMO_SERVICES } from '../services';
import {
  SANDBOX_COST_RESOURCES,
  SANDBOX_MONTHLY_BUDGETS,
  SANDBOX_RESOURCE_DEPENDENTS,
  SANDBOX_SERVICE_DEPENDENCIES,
} from './budgets';

const catalog = resolve(__dirname, '../../../../catalog');

/** What these tests read of a catalog entity. */
interface Entity {
  file: string;
  kind?: string;
  name?: string;
  annotations: Record<string, string>;
  dependsOn: string[];
}

const unquote = (text: string) => text.replace(/^(['"])(.*)\1$/, '$2');

/**
 * The entities of a catalog file, read line by line (the sandbox does not
 * depend on a YAML parser): `kind`, `metadata.name`,
 * `metadata.annotations` and `spec.dependsOn` in the block style the
 * catalog files use. Throws on anything else in those places, e.g. a
 * flow-style list, so a change of style fails here instead of reading as
 * nothing.
 */
function entitiesIn(file: string): Entity[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split(/^---[ \t]*$/m)
    .filter(doc => doc.trim() !== '')
    .map(doc => {
      const entity: Entity = { file, annotations: {}, dependsOn: [] };
      // the keys of the enclosing mappings, by indentation: 0, 2
      const path: string[] = [];
      for (const line of doc.split('\n')) {
        if (line.trim() === '' || line.trim().startsWith('#')) continue;
        const indent = line.length - line.trimStart().length;
        const item = /^\s*- (.*)$/.exec(line);
        const pair = /^\s*([\w./-]+):(?:\s+(.*?))?\s*$/.exec(line);
        const where = path.slice(0, indent / 2).join('.');
        if (item) {
          if (where === 'spec.dependsOn' && indent === 4) {
            entity.dependsOn.push(unquote(item[1].trim()));
          }
          continue;
        }
        if (!pair || indent % 2 !== 0) {
          if (['metadata.annotations', 'spec'].includes(where)) {
            throw new Error(`${file}: cannot read "${line}"`);
          }
          continue;
        }
        const [, key, value] = pair;
        path.length = indent / 2;
        path.push(key);
        const at = path.join('.');
        if (at === 'kind') entity.kind = value;
        else if (at === 'metadata.name') entity.name = value;
        else if (where === 'metadata.annotations' && indent === 4) {
          entity.annotations[key] = unquote(value ?? '');
        } else if (at === 'spec.dependsOn' && value !== undefined) {
          throw new Error(`${file}: spec.dependsOn is not a block list`);
        }
      }
      return entity;
    });
}

/** Every entity the portal loads: the targets of `catalog/all.yaml`. */
function catalogEntities(): Entity[] {
  const [location] = entitiesIn(resolve(catalog, 'all.yaml'));
  expect(location.kind).toBe('Location');
  const text = readFileSync(resolve(catalog, 'all.yaml'), 'utf8');
  const targets = [...text.matchAll(/^ {4}- (\.\/\S+\.yaml)$/gm)].map(match =>
    resolve(dirname(resolve(catalog, 'all.yaml')), match[1]),
  );
  expect(targets.length).toBeGreaterThan(20);
  return targets.flatMap(entitiesIn);
}

const serviceFile = (name: string) =>
  resolve(catalog, 'services', name, 'catalog-info.yaml');

/** `resource:<name>` or `resource:default/<name>` to `<name>`; other kinds to undefined. */
const resourceName = (ref: string) =>
  /^resource:(?:default\/)?([a-z0-9-]+)$/.exec(ref)?.[1];

const annotation = (entity: Entity, name: string) =>
  entity.annotations[`agent-platform.io/${name}`];

describe('the budgets and cost tags the files are made for', () => {
  it('are the catalog services’ agent-platform.io/monthly-budget and cost-tags', () => {
    for (const { name } of DEMO_SERVICES) {
      const entities = entitiesIn(serviceFile(name));
      expect(entities.map(e => [e.kind, e.name])).toEqual([
        ['Component', name],
      ]);
      expect([name, annotation(entities[0], 'monthly-budget')]).toEqual([
        name,
        SANDBOX_MONTHLY_BUDGETS[name],
      ]);
      expect(annotation(entities[0], 'cost-tags')).toBe(`service=${name}`);
    }
    expect(Object.keys(SANDBOX_MONTHLY_BUDGETS).sort()).toEqual(
      DEMO_SERVICES.map(s => s.name).sort(),
    );
  });

  it('cover every catalog Resource with cost tags', () => {
    const resources = catalogEntities().filter(e => e.kind === 'Resource');
    expect(resources.map(e => annotation(e, 'cost-tags')).sort()).toEqual(
      SANDBOX_COST_RESOURCES.map(r => `resource=${r}`).sort(),
    );
    expect(resources.map(e => e.name).sort()).toEqual(
      [...SANDBOX_COST_RESOURCES].sort(),
    );
  });

  it('are the Resources each service lists in spec.dependsOn', () => {
    for (const { name } of DEMO_SERVICES) {
      const [entity] = entitiesIn(serviceFile(name));
      expect(entity.dependsOn.length).toBeGreaterThan(0);
      // a service depends on nothing but Resources
      expect([name, entity.dependsOn.map(resourceName)]).toEqual([
        name,
        SANDBOX_SERVICE_DEPENDENCIES[name],
      ]);
    }
    expect(Object.keys(SANDBOX_SERVICE_DEPENDENCIES).sort()).toEqual(
      DEMO_SERVICES.map(s => s.name).sort(),
    );
  });

  it('share each Resource among the catalog entities of any kind that depend on it', () => {
    const entities = catalogEntities();
    // the services, and a Resource that depends on another
    expect(entities.filter(e => e.dependsOn.length > 0).length).toBe(13);
    const dependents = new Map(SANDBOX_COST_RESOURCES.map(r => [r, 0]));
    const unknown: string[] = [];
    for (const ref of entities.flatMap(e => e.dependsOn)) {
      const resource = resourceName(ref);
      if (resource === undefined) continue;
      if (dependents.has(resource)) {
        dependents.set(resource, dependents.get(resource)! + 1);
      } else {
        unknown.push(resource);
      }
    }
    expect(unknown).toEqual([]);
    // its dependencyOf relations, at least 1
    expect(
      Object.fromEntries([...dependents].map(([r, n]) => [r, Math.max(1, n)])),
    ).toEqual(SANDBOX_RESOURCE_DEPENDENTS);
    // seven agent-platform services and the Cloudflare zone in front of it
    expect(SANDBOX_RESOURCE_DEPENDENTS['agents-eks-cluster']).toBe(8);
  });
});
