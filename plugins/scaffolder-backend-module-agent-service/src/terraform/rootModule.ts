import { parseEntityRef } from '@backstage/catalog-model';
import { ServiceSpec } from '../service/serviceSpec';
import { environmentFiles } from './environmentFiles';
import { ENVIRONMENTS, environmentValues } from './environments';
import { HclAttribute, HclBlock, HclValue, ref } from './hcl';
import { output } from './hclBlocks';
import { moduleCallsOf, moduleSource } from './moduleSources';
import { RootModuleFile } from './rootModuleFile';
import { TerraformSettings } from './terraformSettings';

/** The owner's name as Grafana and Sentry teams are named: `agents-team`. */
export function teamSlug(owner: string): string {
  return parseEntityRef(owner, { defaultKind: 'group' })
    .name.toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9_-]/g, '-');
}

/**
 * The service's root module (`infra/`): the library's modules called
 * with its choices, variables for what differs per environment, a
 * `*.tfvars` per environment, the S3 state backend (its key is given at
 * `terraform init`, one per environment) and the outputs the pipeline
 * reads (`image`). Providers read their credentials from the
 * environment.
 */
export function rootModule(
  spec: ServiceSpec,
  settings: TerraformSettings,
  monthlyBudget: string,
): RootModuleFile[] {
  const calls = moduleCallsOf(spec);
  const source = (call: string): HclAttribute => [
    'source',
    moduleSource(calls[call], settings.moduleSource),
  ];
  const common: HclAttribute[] = [
    ['service', ref('local.service')],
    ['environment', ref('var.environment')],
  ];
  const database = spec.database.kind !== 'none';
  const { kubernetes, railway, neon, aws } = settings;
  const inProduction = ref('var.environment == "production"');

  const secretEnv: Record<string, HclValue> = {
    SENTRY_DSN: ref('module.errors.dsn'),
    ...(database
      ? {
          DATABASE_URL: ref('module.database.connection_uri'),
        }
      : {}),
  };
  const env: Record<string, HclValue> = {
    NODE_ENV: 'production',
    // the metrics' environment label: dashboards, alerts and SLOs select on it
    ENVIRONMENT: ref('var.environment'),
    SENTRY_ENVIRONMENT: ref('var.environment'),
  };

  const hosting: HclBlock = kubernetes
    ? {
        type: 'module',
        labels: ['hosting'],
        body: [
          source('hosting'),
          ...common,
          ['namespace', ref('var.kubernetes_namespace')],
          ['image', ref('var.image')],
          ['port', spec.port],
          ['replicas_min', ref('var.replicas_min')],
          ['replicas_max', ref('var.replicas_max')],
          ['cpu_target_percent', spec.autoscaling.cpuPercent],
          ['memory_target_percent', spec.autoscaling.memoryPercent],
          [
            'scale_up_stabilization_seconds',
            spec.autoscaling.scaleUpCooldownSeconds,
          ],
          [
            'scale_down_stabilization_seconds',
            spec.autoscaling.scaleDownCooldownSeconds,
          ],
          ['hostname', ref('var.hostname')],
          ['ingress_class_name', kubernetes.ingressClassName],
          ['ingress_origin_hostname', kubernetes.ingressOriginHostname],
          ['env', env],
          ['secret_env', secretEnv],
        ],
      }
    : {
        type: 'module',
        labels: ['hosting'],
        body: [
          source('hosting'),
          ...common,
          ['project_id', railway!.projectId],
          ['environment_id', ref('var.railway_environment_id')],
          ['image', ref('var.image')],
          ['port', spec.port],
          // the portal's autoscaling policy moves it within min–max
          ['replicas', ref('var.replicas_min')],
          ['region', railway!.region],
          ['hostname', ref('var.hostname')],
          ['env', env],
          ['secret_env', secretEnv],
        ],
      };

  const databaseModule: HclBlock = {
    type: 'module',
    labels: ['database'],
    body: [
      source('database'),
      ...common,
      ['read_replica', ref('var.database_read_replica')],
      ...(neon
        ? ([['neon_region', neon.region]] satisfies HclAttribute[])
        : []),
      ...(aws
        ? ([
            ['rds_subnet_group_name', aws.rdsSubnetGroupName ?? null],
            ['rds_security_group_ids', aws.rdsSecurityGroupIds],
            ['rds_multi_az', inProduction],
            ['deletion_protection', inProduction],
          ] satisfies HclAttribute[])
        : []),
    ],
  };

  const main: RootModuleFile = {
    path: 'main.tf',
    header: `${spec.name}: ${spec.hosting}${
      database ? ` with ${spec.database.kind}` : ''
    } behind Cloudflare, watched by Grafana and Sentry.\nApplied once per environment: terraform plan -var-file=env/<environment>.tfvars -var=image=<image>`,
    items: [
      {
        type: 'locals',
        body: [
          ['service', spec.name],
          ['team', teamSlug(spec.owner)],
          [
            'runbook_base_url',
            `${settings.portalBaseUrl}/docs/default/component/${spec.name}/runbooks/`,
          ],
        ],
      },
      hosting,
      ...(database ? [databaseModule] : []),
      {
        type: 'module',
        labels: ['edge'],
        body: [
          source('edge'),
          ...common,
          ['zone_id', settings.cloudflareZoneId],
          ['hostname', ref('var.hostname')],
          ['origin_hostname', ref('module.hosting.origin_hostname')],
          ...(settings.zonePerService
            ? ([
                [
                  'ruleset_hostnames',
                  ENVIRONMENTS.map(
                    environment =>
                      environmentValues(spec, environment).hostname,
                  ),
                ],
              ] satisfies HclAttribute[])
            : []),
          ...[
            'waf_managed_rules',
            'rate_limit_rules',
            'manage_zone_settings',
          ].map(
            (name): HclAttribute => [
              name,
              settings.zonePerService ? inProduction : false,
            ],
          ),
        ],
      },
      {
        type: 'module',
        labels: ['observability'],
        body: [
          source('observability'),
          ...common,
          ['team', ref('local.team')],
          ['datasource_uid', settings.grafanaDatasourceUid],
          ['hosting', spec.hosting],
          ['p95_latency_threshold_ms', spec.slo.p95LatencyMs],
          ['monthly_budget', Number(monthlyBudget)],
          ['availability_target_percent', spec.slo.availabilityPercent],
          ['latency_target_ms', spec.slo.p95LatencyMs],
          // the skeleton's histogram has the target as a bucket
          ['latency_target_is_bucket', true],
          ['slo_enabled', ref('var.slo_enabled')],
          ['runbook_base_url', ref('local.runbook_base_url')],
          ...(database
            ? ([
                ['database_name', ref('module.database.database')],
              ] satisfies HclAttribute[])
            : []),
          ...(kubernetes
            ? ([
                ['kubernetes_namespace', ref('var.kubernetes_namespace')],
              ] satisfies HclAttribute[])
            : []),
        ],
      },
      {
        type: 'module',
        labels: ['errors'],
        body: [
          source('errors'),
          ...common,
          ['organization', settings.sentryOrganization],
          ['team', ref('local.team')],
        ],
      },
    ],
  };

  const outputs: RootModuleFile = {
    path: 'outputs.tf',
    items: [
      output(
        'image',
        'The image running: what a rollback returns to.',
        'var.image',
      ),
      output('url', "The service's public address.", 'module.edge.url'),
      output(
        'edge_ruleset_rules',
        "The service's WAF and rate-limiting rules, for the zone's owner to add to its entry-point rulesets.",
        'module.edge.ruleset_rules',
      ),
      output(
        'dashboard_url',
        "The service's Grafana dashboard.",
        'module.observability.dashboard_url',
      ),
      output(
        'sentry_project',
        "The service's Sentry project.",
        'module.errors.project_slug',
      ),
      ...(database
        ? [
            output(
              'database_host',
              'The database host.',
              'module.database.host',
            ),
          ]
        : []),
    ],
  };

  const versions: RootModuleFile = {
    path: 'versions.tf',
    items: [
      {
        type: 'terraform',
        body: [
          // use_lockfile: S3-native state locking
          ['required_version', '>= 1.10'],
          {
            type: 'backend',
            labels: ['s3'],
            comment:
              'The key is given at init: -backend-config="key=<service>/<environment>.tfstate"',
            body: [
              ['bucket', settings.state.bucket],
              ['region', settings.state.region],
              ['encrypt', true],
              ['use_lockfile', true],
            ],
          },
        ],
      },
      ...(aws
        ? [
            {
              type: 'provider',
              labels: ['aws'],
              body: [['region', aws.region]] satisfies HclAttribute[],
            },
          ]
        : []),
    ],
  };

  return [versions, main, outputs, ...environmentFiles(spec, settings)];
}
