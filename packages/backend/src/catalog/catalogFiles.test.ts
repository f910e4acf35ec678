import fs from 'fs';
import path from 'path';
import YAML, { parseAllDocuments } from 'yaml';
import {
  CatalogFile,
  CatalogSnapshot,
  REQUIRED_RUNBOOKS,
  validateCatalog,
} from './validateCatalog';

const repoRoot = path.resolve(__dirname, '../../../..');
const catalogDir = path.join(repoRoot, 'catalog');
const ROOT_LOCATION = 'catalog/all.yaml';

/** Repository-relative, forward-slash paths of every file under `dir`. */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry =>
      path
        .relative(repoRoot, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join('/'),
    )
    .filter(file => !file.includes('/site/')) // mkdocs build output
    .sort();
}

function parseYaml(file: string, source: string): CatalogFile {
  const docs = parseAllDocuments(source);
  return {
    path: file,
    documents: docs.map(doc => doc.toJS()),
    parseErrors: docs.flatMap(doc => doc.errors.map(e => e.message)),
  };
}

/**
 * A file holds entities when a document has a `backstage.io/` apiVersion, or
 * looks like an entity that lost its apiVersion. Other YAML (OpenSLO specs,
 * OpenAPI documents) is skipped; files that do not parse are kept so that the
 * syntax error is reported.
 */
function isEntityFile(file: CatalogFile): boolean {
  return (
    (file.parseErrors?.length ?? 0) > 0 ||
    file.documents.some(doc => {
      if (typeof doc !== 'object' || doc === null) {
        return false;
      }
      const { apiVersion } = doc as { apiVersion?: unknown };
      if (apiVersion === undefined) {
        return 'kind' in doc && 'metadata' in doc;
      }
      return /^backstage\.io\//.test(String(apiVersion));
    })
  );
}

function loadCatalog(): CatalogSnapshot {
  const files = listFiles(catalogDir);
  const read = (file: string) =>
    parseYaml(file, fs.readFileSync(path.join(repoRoot, file), 'utf8'));
  return {
    entityFiles: files
      .filter(f => f.endsWith('.yaml'))
      .map(read)
      .filter(isEntityFile),
    mkdocsFiles: files.filter(f => /\/mkdocs\.ya?ml$/.test(f)).map(read),
    existingPaths: new Set(files),
    rootLocation: ROOT_LOCATION,
  };
}

const SERVICES = [
  'opportunity-agent',
  'target-agent',
  'realization-agent',
  'expansion-agent',
  'integrity-agent',
  'orchestrator',
  'api-gateway',
  'inventory-backend',
  'inventory-frontend',
];

describe('catalog/', () => {
  const snapshot = loadCatalog();

  it('has only valid, resolvable and reachable entities', async () => {
    const problems = await validateCatalog(snapshot);
    expect(problems.map(p => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('holds the nine demo services, one Component file each', () => {
    const components = snapshot.entityFiles.flatMap(file =>
      file.documents
        .filter(doc => (doc as { kind?: string })?.kind === 'Component')
        .map(doc => ({
          file: file.path,
          name: (doc as { metadata: { name: string } }).metadata.name,
        })),
    );
    expect(components.map(c => c.name).sort()).toEqual([...SERVICES].sort());
    for (const { file, name } of components) {
      expect(file).toBe(`catalog/services/${name}/catalog-info.yaml`);
    }
  });

  it('gives every service API an OpenAPI 3 document with /health and /metrics', () => {
    const apis = snapshot.entityFiles.flatMap(file =>
      file.documents.filter(doc => (doc as { kind?: string })?.kind === 'API'),
    ) as Array<{ metadata: { name: string }; spec: { definition: string } }>;
    expect(apis.map(api => api.metadata.name).sort()).toEqual(
      SERVICES.filter(name => name !== 'inventory-frontend')
        .map(name => `${name}-api`)
        .sort(),
    );
    for (const api of apis) {
      const document = YAML.parse(api.spec.definition);
      expect({ api: api.metadata.name, openapi: document.openapi }).toEqual({
        api: api.metadata.name,
        openapi: expect.stringMatching(/^3\./),
      });
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/health', '/metrics']),
      );
    }
  });
});

describe('validateCatalog', () => {
  const location = (targets: string[]) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'root' },
    spec: { targets },
  });
  const team = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a' },
    spec: { type: 'team', children: [] },
  };
  const component = (overrides: Record<string, unknown> = {}) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'agent-platform.io/runbook-base': 'runbooks/',
        'grafana.com/slo-selector': 'service=svc',
        'grafana/dashboard-selector': "tags @> 'svc'",
        'sentry.io/project-slug': 'acme/svc',
        'agent-platform.io/cost-tags': 'service=svc',
        'agent-platform.io/monthly-budget': '10',
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    ...overrides,
  });
  const docs = [
    'index.md',
    'runbooks/index.md',
    ...REQUIRED_RUNBOOKS.map(r => `runbooks/${r}.md`),
  ].map(d => `catalog/svc/docs/${d}`);

  function snapshot(
    files: Record<string, unknown[]>,
    extraPaths: string[] = [...docs, 'catalog/svc/mkdocs.yml'],
  ): CatalogSnapshot {
    return {
      entityFiles: Object.entries(files).map(([file, documents]) => ({
        path: file,
        documents,
      })),
      existingPaths: new Set([...Object.keys(files), ...extraPaths]),
      rootLocation: 'catalog/all.yaml',
    };
  }

  it('accepts a small valid catalog', async () => {
    const problems = await validateCatalog(
      snapshot({
        'catalog/all.yaml': [
          location(['./org.yaml', './svc/catalog-info.yaml']),
        ],
        'catalog/org.yaml': [team],
        'catalog/svc/catalog-info.yaml': [component()],
      }),
    );
    expect(problems).toEqual([]);
  });

  it('names the file and the reason for a reference that does not resolve', async () => {
    const problems = await validateCatalog(
      snapshot({
        'catalog/all.yaml': [
          location(['./org.yaml', './svc/catalog-info.yaml']),
        ],
        'catalog/org.yaml': [team],
        'catalog/svc/catalog-info.yaml': [
          component({
            spec: {
              type: 'service',
              lifecycle: 'production',
              owner: 'group:nope',
              dependsOn: ['resource:missing-db', 'no-kind'],
            },
          }),
        ],
      }),
    );
    expect(problems).toEqual([
      {
        file: 'catalog/svc/catalog-info.yaml',
        message:
          'spec.owner "group:nope" does not resolve to an entity in the catalog (in component:default/svc)',
      },
      {
        file: 'catalog/svc/catalog-info.yaml',
        message:
          'spec.dependsOn[0] "resource:missing-db" does not resolve to an entity in the catalog (in component:default/svc)',
      },
      {
        file: 'catalog/svc/catalog-info.yaml',
        message: expect.stringMatching(
          /^spec\.dependsOn\[1\] "no-kind" is not a valid entity reference/,
        ),
      },
    ]);
  });

  it('reports schema errors from the catalog model', async () => {
    const broken = component();
    (broken.metadata as { name: string }).name = 'Not A Valid Name!';
    const problems = await validateCatalog(
      snapshot({
        'catalog/all.yaml': [location(['./svc/catalog-info.yaml'])],
        'catalog/svc/catalog-info.yaml': [broken],
      }),
    );
    expect(problems).toEqual([
      {
        file: 'catalog/svc/catalog-info.yaml',
        message: expect.stringMatching(
          /^Component "Not A Valid Name!" is invalid: .*metadata\.name/,
        ),
      },
    ]);
  });

  it('reports wrong kinds, relative $text placeholders and annotations', async () => {
    const problems = await validateCatalog(
      snapshot({
        'catalog/all.yaml': [
          location(['./org.yaml', './svc/catalog-info.yaml']),
        ],
        'catalog/org.yaml': [team],
        'catalog/svc/catalog-info.yaml': [
          component({
            metadata: {
              name: 'svc',
              annotations: {
                'backstage.io/techdocs-ref': 'dir:.',
                'grafana.com/slo-selector': 'service=other',
              },
            },
            spec: {
              type: 'service',
              lifecycle: 'production',
              owner: 'team-a',
              system: 'group:team-a',
            },
          }),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'API',
            metadata: { name: 'svc-api' },
            spec: {
              type: 'openapi',
              lifecycle: 'production',
              owner: 'team-a',
              definition: { $text: './openapi/svc.yaml' },
            },
          },
        ],
      }),
    );
    const messages = problems.map(p => p.message);
    expect(
      problems.every(p => p.file === 'catalog/svc/catalog-info.yaml'),
    ).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        'spec.system "group:team-a" is a Group, expected System (in component:default/svc)',
        'metadata.annotations["grafana.com/slo-selector"] "service=other" must be "service=svc" (in component:default/svc)',
        'metadata.annotations["agent-platform.io/monthly-budget"] is missing (in component:default/svc)',
        'spec.definition.$text "./openapi/svc.yaml" is relative, which the catalog cannot resolve for a file location; inline the content or use an absolute URL (in api:default/svc-api)',
      ]),
    );
  });

  it('reports missing runbooks and unreachable files', async () => {
    const problems = await validateCatalog(
      snapshot(
        {
          'catalog/all.yaml': [
            location(['./svc/catalog-info.yaml', './gone.yaml']),
          ],
          'catalog/org.yaml': [team],
          'catalog/svc/catalog-info.yaml': [component()],
        },
        ['catalog/svc/mkdocs.yml', 'catalog/svc/docs/index.md'],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: 'catalog/all.yaml',
          message:
            'target "./gone.yaml" points to catalog/gone.yaml, which does not exist (in location:default/root)',
        },
        {
          file: 'catalog/org.yaml',
          message:
            "is not reachable from catalog/all.yaml; add it to a Location's targets",
        },
        {
          file: 'catalog/svc/catalog-info.yaml',
          message: expect.stringMatching(
            /^TechDocs in catalog\/svc\/docs lack "runbooks\/index\.md", "runbooks\/service-down\.md", .*"runbooks\/scaling-stuck-at-max\.md"/,
          ),
        },
      ]),
    );
  });

  it('requires Kubernetes annotations on services that run on a cluster', async () => {
    const cluster = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'cluster',
        annotations: { 'agent-platform.io/cost-tags': 'resource=cluster' },
      },
      spec: { type: 'kubernetes-cluster', owner: 'team-a' },
    };
    const problems = await validateCatalog(
      snapshot({
        'catalog/all.yaml': [
          location(['./org.yaml', './svc/catalog-info.yaml']),
        ],
        'catalog/org.yaml': [team, cluster],
        'catalog/svc/catalog-info.yaml': [
          component({
            spec: {
              type: 'service',
              lifecycle: 'production',
              owner: 'team-a',
              dependsOn: ['resource:cluster'],
            },
          }),
        ],
      }),
    );
    expect(problems.map(p => p.message)).toEqual([
      'metadata.annotations["backstage.io/kubernetes-id"] is missing (in component:default/svc)',
      'metadata.annotations["backstage.io/kubernetes-namespace"] is missing (in component:default/svc)',
    ]);
  });
});
