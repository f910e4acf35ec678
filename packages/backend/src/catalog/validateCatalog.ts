import {
  CompoundEntityRef,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { posix as path } from 'path';

/** One YAML file, already parsed. */
export interface CatalogFile {
  /** Repository-relative path with forward slashes, e.g. `catalog/org/users.yaml`. */
  path: string;
  /** The file's YAML documents in order (`null` for empty documents). */
  documents: unknown[];
  /** YAML syntax errors found while parsing, if any. */
  parseErrors?: string[];
}

/** Everything {@link validateCatalog} looks at; no I/O happens inside it. */
export interface CatalogSnapshot {
  /** The files that hold entities. */
  entityFiles: CatalogFile[];
  /** Parsed `mkdocs.yml` files, checked for every `dir:.` TechDocs entity. */
  mkdocsFiles?: CatalogFile[];
  /** Every file that exists in the catalog tree (repository-relative paths). */
  existingPaths: ReadonlySet<string>;
  /** The Location file every entity file must be reachable from. */
  rootLocation: string;
}

/** A problem, tied to the file that has to change. */
export interface CatalogProblem {
  file: string;
  message: string;
}

/** Runbooks every service with TechDocs must ship (file names without `.md`). */
export const REQUIRED_RUNBOOKS = [
  'service-down',
  'high-error-rate',
  'high-latency',
  'database-failover',
  'rollback',
  'disaster-recovery',
  'cost-spike',
  'scaling-stuck-at-max',
] as const;

const ANNOTATION = {
  techdocsRef: 'backstage.io/techdocs-ref',
  runbookBase: 'agent-platform.io/runbook-base',
  sloSelector: 'grafana.com/slo-selector',
  dashboardSelector: 'grafana/dashboard-selector',
  sentrySlug: 'sentry.io/project-slug',
  costTags: 'agent-platform.io/cost-tags',
  monthlyBudget: 'agent-platform.io/monthly-budget',
  kubernetesId: 'backstage.io/kubernetes-id',
  kubernetesNamespace: 'backstage.io/kubernetes-namespace',
  autoscalingPolicy: 'agent-platform.io/autoscaling-policy',
} as const;

type RelationField = {
  path: string;
  /** Kind used when the reference has none; without it the kind is required. */
  defaultKind?: string;
  allowedKinds?: string[];
};

const OWNER: RelationField = {
  path: 'spec.owner',
  defaultKind: 'Group',
  allowedKinds: ['Group', 'User'],
};
const SYSTEM: RelationField = {
  path: 'spec.system',
  defaultKind: 'System',
  allowedKinds: ['System'],
};

/** The reference fields of the built-in kinds, as the catalog model reads them. */
const RELATION_FIELDS: Record<string, RelationField[]> = {
  component: [
    OWNER,
    SYSTEM,
    {
      path: 'spec.subcomponentOf',
      defaultKind: 'Component',
      allowedKinds: ['Component'],
    },
    { path: 'spec.providesApis', defaultKind: 'API', allowedKinds: ['API'] },
    { path: 'spec.consumesApis', defaultKind: 'API', allowedKinds: ['API'] },
    { path: 'spec.dependsOn' },
    { path: 'spec.dependencyOf' },
  ],
  api: [OWNER, SYSTEM],
  resource: [
    OWNER,
    SYSTEM,
    { path: 'spec.dependsOn' },
    { path: 'spec.dependencyOf' },
  ],
  system: [
    OWNER,
    { path: 'spec.domain', defaultKind: 'Domain', allowedKinds: ['Domain'] },
  ],
  domain: [
    OWNER,
    {
      path: 'spec.subdomainOf',
      defaultKind: 'Domain',
      allowedKinds: ['Domain'],
    },
  ],
  group: [
    { path: 'spec.parent', defaultKind: 'Group', allowedKinds: ['Group'] },
    { path: 'spec.children', defaultKind: 'Group', allowedKinds: ['Group'] },
    { path: 'spec.members', defaultKind: 'User', allowedKinds: ['User'] },
  ],
  user: [
    { path: 'spec.memberOf', defaultKind: 'Group', allowedKinds: ['Group'] },
  ],
};

const KIND_VALIDATORS: KindValidator[] = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
];

const entityPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const PLACEHOLDER_KEYS = ['$text', '$json', '$yaml'];
/** Resource types that host a service outside Kubernetes (autoscaled by policy). */
const POLICY_HOSTING_TYPES = ['railway-service'];
const AUTOSCALING_KEYS = ['cpu', 'memory', 'p95', 'min', 'max', 'up', 'down'];

type LoadedEntity = {
  file: string;
  /** The entity after the catalog's policies, placeholders substituted. */
  entity: Entity;
  /** The document as written, placeholders included. */
  raw: Record<string, unknown>;
  ref: string;
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function refKey(ref: CompoundEntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLocaleLowerCase('en-US');
}

function displayRef(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind.toLocaleLowerCase('en-US')}:${namespace}/${
    entity.metadata.name
  }`;
}

function getPath(entity: Entity, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      entity,
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**')
    .map(part => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** Resolves a Location target the way the catalog's file reader does. */
function resolveTargets(
  file: string,
  target: string,
  existingPaths: ReadonlySet<string>,
): { paths: string[]; problem?: string } {
  if (isUrl(target)) {
    return { paths: [] };
  }
  if (!target.startsWith('./') && !target.startsWith('../')) {
    return {
      paths: [],
      problem: `target "${target}" must be relative to the Location file (start with "./" or "../"); the catalog reads other paths from the backend's working directory`,
    };
  }
  const resolved = path.normalize(path.join(path.dirname(file), target));
  if (resolved.includes('*')) {
    const pattern = globToRegExp(resolved);
    const matches = [...existingPaths].filter(p => pattern.test(p)).sort();
    return matches.length
      ? { paths: matches }
      : { paths: [], problem: `target "${target}" matches no file` };
  }
  if (!existingPaths.has(resolved)) {
    return {
      paths: [],
      problem: `target "${target}" points to ${resolved}, which does not exist`,
    };
  }
  return { paths: [resolved] };
}

function findPlaceholders(
  value: unknown,
  at: string,
  found: Array<{ at: string; target: unknown }> = [],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => findPlaceholders(item, `${at}[${i}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (PLACEHOLDER_KEYS.includes(key)) {
        found.push({ at: `${at}.${key}`, target: child });
      } else {
        findPlaceholders(child, at ? `${at}.${key}` : key, found);
      }
    }
  }
  return found;
}

/**
 * Replaces `$text`/`$json`/`$yaml` placeholders the way the catalog does before
 * validation: `$text` becomes a string, the others structured data.
 */
function substitutePlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(substitutePlaceholders);
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && PLACEHOLDER_KEYS.includes(entries[0][0])) {
      const [key, target] = entries[0];
      return key === '$text' ? `(contents of ${String(target)})` : {};
    }
    return Object.fromEntries(
      entries.map(([k, v]) => [k, substitutePlaceholders(v)]),
    );
  }
  return value;
}

function parseKeyValues(value: string): Map<string, string> | undefined {
  const pairs = new Map<string, string>();
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z0-9_.\-/]+)\s*=\s*([^,=]+?)\s*$/.exec(part);
    if (!match) {
      return undefined;
    }
    pairs.set(match[1], match[2]);
  }
  return pairs;
}

/** Checks the annotations the portal's plugins read from a service. */
function checkServiceAnnotations(
  entity: Entity,
  resourceTypes: Map<string, string>,
  report: (message: string) => void,
) {
  const name = entity.metadata.name;
  const annotations = entity.metadata.annotations ?? {};
  const requireAnnotation = (
    key: string,
    check: (value: string) => string | undefined,
  ) => {
    const value = annotations[key];
    if (value === undefined) {
      report(`metadata.annotations["${key}"] is missing`);
      return;
    }
    const problem = check(value);
    if (problem) {
      report(`metadata.annotations["${key}"] "${value}" ${problem}`);
    }
  };
  const exactly = (wanted: string) => (value: string) =>
    value === wanted ? undefined : `must be "${wanted}"`;

  requireAnnotation(ANNOTATION.techdocsRef, value =>
    /^(dir|url):.+/.test(value)
      ? undefined
      : 'must be "dir:<path>" or "url:<url>"',
  );
  requireAnnotation(ANNOTATION.runbookBase, value =>
    /^[^/].*\/$/.test(value)
      ? undefined
      : 'must be a relative TechDocs path ending in "/", e.g. "runbooks/"',
  );
  requireAnnotation(ANNOTATION.sloSelector, exactly(`service=${name}`));
  requireAnnotation(ANNOTATION.dashboardSelector, exactly(`tags @> '${name}'`));
  requireAnnotation(ANNOTATION.sentrySlug, value =>
    new RegExp(`^([a-z0-9][a-z0-9_-]*/)?${escapeRegExp(name)}$`).test(value)
      ? undefined
      : `must be "[org/]${name}"`,
  );
  requireAnnotation(ANNOTATION.costTags, value =>
    parseKeyValues(value)?.get('service') === name
      ? undefined
      : `must be "key=value[,key=value]" and include "service=${name}"`,
  );
  requireAnnotation(ANNOTATION.monthlyBudget, value =>
    /^\d+(\.\d+)?$/.test(value) && Number(value) > 0
      ? undefined
      : 'must be a positive number in quotes, e.g. "40"',
  );

  const dependsOn = (getPath(entity, 'spec.dependsOn') as string[]) ?? [];
  const hostTypes = dependsOn.map(ref => {
    try {
      return resourceTypes.get(
        refKey(
          parseEntityRef(ref, {
            defaultNamespace: entity.metadata.namespace ?? 'default',
          }),
        ),
      );
    } catch {
      return undefined;
    }
  });
  if (hostTypes.includes('kubernetes-cluster')) {
    requireAnnotation(ANNOTATION.kubernetesId, exactly(name));
    requireAnnotation(ANNOTATION.kubernetesNamespace, value =>
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value)
        ? undefined
        : 'must be a Kubernetes namespace name',
    );
  } else if (
    annotations[ANNOTATION.kubernetesId] === undefined &&
    hostTypes.some(
      type => type !== undefined && POLICY_HOSTING_TYPES.includes(type),
    )
  ) {
    requireAnnotation(ANNOTATION.autoscalingPolicy, value => {
      const policy = parseKeyValues(value);
      const unknown = policy
        ? [...policy.keys()].filter(k => !AUTOSCALING_KEYS.includes(k))
        : [];
      if (!policy || unknown.length) {
        return `must look like "cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m"${
          unknown.length ? ` (unknown keys: ${unknown.join(', ')})` : ''
        }`;
      }
      const min = Number(policy.get('min'));
      const max = Number(policy.get('max'));
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
        return 'needs integer min and max with min <= max';
      }
      return undefined;
    });
  }
}

function checkTechDocs(
  file: string,
  entity: Entity,
  snapshot: CatalogSnapshot,
  mkdocs: Map<string, CatalogFile>,
  report: (message: string) => void,
) {
  const annotations = entity.metadata.annotations ?? {};
  if (annotations[ANNOTATION.techdocsRef] !== 'dir:.') {
    return;
  }
  const dir = path.dirname(file);
  const configPath = [`${dir}/mkdocs.yml`, `${dir}/mkdocs.yaml`].find(p =>
    snapshot.existingPaths.has(p),
  );
  if (!configPath) {
    report(
      `has "${ANNOTATION.techdocsRef}: dir:." but ${dir}/mkdocs.yml is missing`,
    );
    return;
  }
  const config = mkdocs.get(configPath)?.documents[0] as
    | Record<string, unknown>
    | undefined;
  const docsDir = `${dir}/${
    typeof config?.docs_dir === 'string' ? config.docs_dir : 'docs'
  }`;
  const plugins: unknown[] = Array.isArray(config?.plugins)
    ? config?.plugins
    : [];
  if (
    plugins.some(
      p =>
        p === 'techdocs-core' ||
        (p && typeof p === 'object' && 'techdocs-core' in p),
    )
  ) {
    report(
      `${configPath} lists the techdocs-core plugin, which the portal's local mkdocs does not have`,
    );
  }
  const base = annotations[ANNOTATION.runbookBase] ?? 'runbooks/';
  const required = [
    'index.md',
    `${base}index.md`,
    ...REQUIRED_RUNBOOKS.map(slug => `${base}${slug}.md`),
  ];
  const missing = required.filter(
    doc => !snapshot.existingPaths.has(`${docsDir}/${doc}`),
  );
  if (missing.length) {
    report(
      `TechDocs in ${docsDir} lack ${missing.map(m => `"${m}"`).join(', ')}`,
    );
  }
}

/**
 * Validates a parsed catalog tree: the catalog model's own rules for each
 * entity, references between entities, Location targets and reachability,
 * `$text` files, the annotations the portal's plugins read, and TechDocs
 * runbooks. Returns every problem found; an empty list means the tree is good.
 */
export async function validateCatalog(
  snapshot: CatalogSnapshot,
): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const entities: LoadedEntity[] = [];
  const byRef = new Map<string, LoadedEntity>();

  for (const file of snapshot.entityFiles) {
    for (const error of file.parseErrors ?? []) {
      problems.push({ file: file.path, message: `YAML error: ${error}` });
    }
    for (const [index, doc] of file.documents.entries()) {
      if (doc === null || doc === undefined) {
        continue;
      }
      const where = file.documents.length > 1 ? `document ${index + 1}: ` : '';
      if (typeof doc !== 'object' || Array.isArray(doc)) {
        problems.push({
          file: file.path,
          message: `${where}is not an object`,
        });
        continue;
      }
      const copy = substitutePlaceholders(doc) as Entity;
      let entity: Entity;
      try {
        entity = (await entityPolicy.enforce(copy)) ?? copy;
        const results = await Promise.all(
          KIND_VALIDATORS.map(validator => validator.check(entity)),
        );
        if (!results.some(Boolean)) {
          throw new Error(
            `unknown kind "${entity.kind}" with apiVersion "${entity.apiVersion}"`,
          );
        }
      } catch (error) {
        const name = (doc as Partial<Entity>).metadata?.name ?? '?';
        problems.push({
          file: file.path,
          message: `${where}${
            (doc as Partial<Entity>).kind ?? 'entity'
          } "${name}" is invalid: ${errorMessage(error)}`,
        });
        continue;
      }
      const ref = displayRef(entity);
      const loaded = {
        file: file.path,
        entity,
        raw: doc as Record<string, unknown>,
        ref,
      };
      const key = refKey(parseEntityRef(ref));
      const existing = byRef.get(key);
      if (existing) {
        problems.push({
          file: file.path,
          message: `${ref} is already defined in ${existing.file}`,
        });
        continue;
      }
      byRef.set(key, loaded);
      entities.push(loaded);
    }
  }

  const resourceTypes = new Map<string, string>();
  for (const { entity } of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') === 'resource') {
      resourceTypes.set(
        refKey(parseEntityRef(displayRef(entity))),
        String(entity.spec?.type),
      );
    }
  }
  const mkdocs = new Map(
    (snapshot.mkdocsFiles ?? []).map(file => [file.path, file]),
  );

  for (const { file, entity, raw, ref } of entities) {
    const report = (message: string) =>
      problems.push({ file, message: `${message} (in ${ref})` });
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const namespace = entity.metadata.namespace ?? 'default';

    // references to other entities
    for (const field of RELATION_FIELDS[kind] ?? []) {
      const fieldValue = getPath(entity, field.path);
      if (fieldValue === undefined) {
        continue;
      }
      const values = Array.isArray(fieldValue) ? fieldValue : [fieldValue];
      values.forEach((value, i) => {
        const at = Array.isArray(fieldValue)
          ? `${field.path}[${i}]`
          : field.path;
        let target: CompoundEntityRef;
        try {
          target = parseEntityRef(String(value), {
            defaultKind: field.defaultKind,
            defaultNamespace: namespace,
          });
        } catch (error) {
          report(
            `${at} "${value}" is not a valid entity reference: ${errorMessage(
              error,
            )}`,
          );
          return;
        }
        const found = byRef.get(refKey(target));
        if (!found) {
          report(
            `${at} "${value}" does not resolve to an entity in the catalog`,
          );
          return;
        }
        if (
          field.allowedKinds &&
          !field.allowedKinds.some(
            k =>
              k.toLocaleLowerCase('en-US') ===
              target.kind.toLocaleLowerCase('en-US'),
          )
        ) {
          report(
            `${at} "${value}" is a ${
              found.entity.kind
            }, expected ${field.allowedKinds.join(' or ')}`,
          );
        }
      });
    }

    // $text / $json / $yaml placeholders: the catalog resolves a relative
    // one against the location's URL, which a file location does not have.
    for (const { at, target } of findPlaceholders(raw.spec, 'spec')) {
      if (typeof target !== 'string') {
        report(`${at} must be a string`);
      } else if (!isUrl(target)) {
        report(
          `${at} "${target}" is relative, which the catalog cannot resolve for a file location; inline the content or use an absolute URL`,
        );
      }
    }

    if (kind === 'component') {
      checkServiceAnnotations(entity, resourceTypes, report);
      checkTechDocs(file, entity, snapshot, mkdocs, report);
    }
    if (kind === 'resource') {
      const costTags = entity.metadata.annotations?.[ANNOTATION.costTags];
      if (costTags === undefined) {
        report(`metadata.annotations["${ANNOTATION.costTags}"] is missing`);
      } else if (
        parseKeyValues(costTags)?.get('resource') !== entity.metadata.name
      ) {
        report(
          `metadata.annotations["${ANNOTATION.costTags}"] "${costTags}" must include "resource=${entity.metadata.name}"`,
        );
      }
    }
  }

  // Location targets, and reachability of every entity file from the root
  const locationTargets = new Map<string, string[]>();
  for (const { file, entity, ref } of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') !== 'location') {
      continue;
    }
    const spec = entity.spec as { target?: string; targets?: string[] };
    const targets = [
      ...(spec.target ? [spec.target] : []),
      ...(spec.targets ?? []),
    ];
    for (const target of targets) {
      const { paths, problem } = resolveTargets(
        file,
        target,
        snapshot.existingPaths,
      );
      if (problem) {
        problems.push({ file, message: `${problem} (in ${ref})` });
      }
      locationTargets.set(file, [
        ...(locationTargets.get(file) ?? []),
        ...paths,
      ]);
    }
  }
  if (!snapshot.entityFiles.some(f => f.path === snapshot.rootLocation)) {
    problems.push({
      file: snapshot.rootLocation,
      message: 'the root Location file is missing',
    });
  }
  const reachable = new Set<string>([snapshot.rootLocation]);
  const queue = [snapshot.rootLocation];
  for (let current = queue.shift(); current; current = queue.shift()) {
    for (const next of locationTargets.get(current) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  for (const file of snapshot.entityFiles) {
    if (!reachable.has(file.path)) {
      problems.push({
        file: file.path,
        message: `is not reachable from ${snapshot.rootLocation}; add it to a Location's targets`,
      });
    }
  }

  return problems;
}
