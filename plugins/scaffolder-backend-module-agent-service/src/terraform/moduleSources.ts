import { ServiceSpec } from '../service/serviceSpec';

/** The modules of `templates/terraform-modules`. */
export type ModuleName =
  | 'edge-cloudflare'
  | 'hosting-kubernetes'
  | 'hosting-railway'
  | 'database-postgres/modules/neon'
  | 'database-postgres/modules/rds'
  | 'observability-grafana'
  | 'errors-sentry';

/** The root module's module calls for a service's stack: call name to module. */
export function moduleCallsOf(spec: ServiceSpec): Record<string, ModuleName> {
  return {
    hosting:
      spec.hosting === 'kubernetes' ? 'hosting-kubernetes' : 'hosting-railway',
    // one provider each: a provider is configured even with no resources
    ...(spec.database.kind === 'none'
      ? {}
      : {
          database: `database-postgres/modules/${spec.database.kind}` as const,
        }),
    edge: 'edge-cloudflare',
    observability: 'observability-grafana',
    errors: 'errors-sentry',
  };
}

/** Where vendored modules are written, under `infra/`. */
export const VENDORED_MODULES = 'modules';

/**
 * A module's `source`: the configured library URL with the module as
 * its subdirectory (`…/modules.git//edge-cloudflare?ref=v1.2.0`, or
 * `…/platform.git//terraform/edge-cloudflare?ref=…` when the URL already
 * names one), else the vendored copy `./modules/edge-cloudflare`.
 */
export function moduleSource(
  module: ModuleName,
  librarySource: string | undefined,
): string {
  if (!librarySource) return `./${VENDORED_MODULES}/${module}`;
  const [path, query] = librarySource.split(/\?(.*)/s, 2);
  const address = path.replace(/^[a-z]+::/, '').replace(/^[a-z+]+:\/\//, '');
  const joined = address.includes('//')
    ? `${path.replace(/\/+$/, '')}/${module}`
    : `${path}//${module}`;
  return query === undefined ? joined : `${joined}?${query}`;
}
