import { parseEntityRef } from '@backstage/catalog-model';
import { ServiceSpec } from '../service/serviceSpec';
import { ENVIRONMENTS, environmentValues } from './environments';
import { HclBlock, HclValue, ref } from './hcl';
import { moduleCallsOf, moduleSource } from './moduleSources';
import { TerraformSettings } from './terraformSettings';

/** A file of the root module before it is formatted. */
export interface RootModuleFile {
  /** Under `infra/` */
  path: string;
  items: Array<HclBlock | [string, HclValue]>;
  header?: string;
}

const variable = (
  name: string,
  type: string,
  description: string,
  validation?: { condition: string; message: string },
): HclBlock => ({
  type: 'variable',
  labels: [name],
  body: [
    ['description', description],
    ['type', ref(type)],
    ...(validation
      ? [
          {
            type: 'validation',
            body: [
              ['condition', ref(validation.condition)],
              ['error_message', validation.message],
            ] as Array<[string, HclValue]>,
          },
        ]
      : []),
  ],
});

const output = (
  name: string,
  description: string,
  value: string,
): HclBlock => ({
  type: 'output',
  labels: [name],
  body: [
    ['description', description],
    ['value', ref(value)],
  ],
});

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
  const source = (call: string): [string, HclValue] => [
    'source',
    moduleSource(calls[call], settings.moduleSource),
  ];
  const common: Array<[string, HclValue]> = [
    ['service', ref('local.service')],
    ['environment', ref('var.environment')],
  ];
  const database = spec.database.kind !== 'none';
  const { kubernetes, railway, neon, aws } = settings;

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
      ['engine', spec.database.kind],
      ['read_replica', ref('var.database_read_replica')],
      ...(neon ? [['neon_region', neon.region] as [string, HclValue]] : []),
      ...(aws
        ? ([
            ['rds_subnet_group_name', aws.rdsSubnetGroupName ?? null],
            ['rds_security_group_ids', aws.rdsSecurityGroupIds],
            ['rds_multi_az', ref('var.environment == "production"')],
          ] as Array<[string, HclValue]>)
        : []),
      ['deletion_protection', ref('var.environment == "production"')],
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
          ...([
            'waf_managed_rules',
            'rate_limit_rules',
            'manage_zone_settings',
          ].map(name => [
            name,
            settings.zonePerService
              ? ref('var.environment == "production"')
              : false,
          ]) as Array<[string, HclValue]>),
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
          ['slo_enabled', ref('var.slo_enabled')],
          ['runbook_base_url', ref('local.runbook_base_url')],
          ...(database
            ? ([['database_name', ref('module.database.database')]] as Array<
                [string, HclValue]
              >)
            : []),
          ...(kubernetes
            ? ([
                ['kubernetes_namespace', ref('var.kubernetes_namespace')],
              ] as Array<[string, HclValue]>)
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

  const variables: RootModuleFile = {
    path: 'variables.tf',
    items: [
      variable(
        'environment',
        'string',
        'The environment this state describes: dev, staging or production.',
        {
          condition:
            'contains(["dev", "staging", "production"], var.environment)',
          message: 'environment must be dev, staging or production.',
        },
      ),
      variable(
        'image',
        'string',
        'The container image to run, set by the deploy workflow.',
      ),
      variable('hostname', 'string', "The service's host name here."),
      variable('replicas_min', 'number', 'The fewest replicas.'),
      variable('replicas_max', 'number', 'The most replicas.'),
      variable(
        'slo_enabled',
        'bool',
        'Whether the SLOs and their burn-rate alerts exist here.',
      ),
      ...(kubernetes
        ? [variable('kubernetes_namespace', 'string', 'The namespace here.')]
        : [
            variable(
              'railway_environment_id',
              'string',
              'The Railway environment here.',
            ),
          ]),
      ...(database
        ? [
            variable(
              'database_read_replica',
              'bool',
              'Whether the database has a read replica here.',
            ),
          ]
        : []),
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
              body: [['region', aws.region]] as Array<[string, HclValue]>,
            },
          ]
        : []),
    ],
  };

  const tfvars: RootModuleFile[] = ENVIRONMENTS.map(environment => {
    const values = environmentValues(spec, environment);
    return {
      path: `env/${environment}.tfvars`,
      items: [
        ['environment', environment],
        ['hostname', values.hostname],
        ['replicas_min', values.replicasMin],
        ['replicas_max', values.replicasMax],
        ['slo_enabled', values.sloEnabled],
        ...(kubernetes
          ? ([
              [
                'kubernetes_namespace',
                environment === 'production'
                  ? kubernetes.namespace
                  : `${kubernetes.namespace}-${environment}`,
              ],
            ] as Array<[string, HclValue]>)
          : ([
              ['railway_environment_id', railway!.environmentIds[environment]],
            ] as Array<[string, HclValue]>)),
        ...(database
          ? ([['database_read_replica', values.databaseReadReplica]] as Array<
              [string, HclValue]
            >)
          : []),
      ],
    };
  });

  return [versions, variables, main, outputs, ...tfvars];
}
