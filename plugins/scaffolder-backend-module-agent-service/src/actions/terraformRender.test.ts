import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse } from '@cdktf/hcl2json';
import { readdir, readFile } from 'node:fs/promises';
import { ServiceSpec } from '../service/serviceSpec';
import { TEST_PLATFORM_CONFIG } from '../terraform/testPlatform';
import { createTerraformRenderAction } from './terraformRender';
import { exampleService, outputsOf } from './testService';

jest.setTimeout(30_000);

const withConfig = (change: object = {}) =>
  new ConfigReader({
    ...TEST_PLATFORM_CONFIG,
    agentService: { ...TEST_PLATFORM_CONFIG.agentService, ...change },
  });

/** The test platform with other `agentService.terraform` settings. */
const withTerraform = (change: object) =>
  withConfig({
    terraform: { ...TEST_PLATFORM_CONFIG.agentService.terraform, ...change },
  });

describe('agent-service:terraform:render', () => {
  const workspace = createMockDirectory();
  beforeEach(() => workspace.clear());

  async function render(service: ServiceSpec, config = withConfig()) {
    const ctx = createMockActionContext({
      input: { service, monthlyBudget: '42.52' },
      workspacePath: workspace.path,
    });
    await createTerraformRenderAction({ config }).handler(ctx);
    const hcl = async (file: string) =>
      parse(file, await readFile(workspace.resolve('infra', file), 'utf8'));
    return { outputs: outputsOf(ctx), hcl };
  }

  it('writes a Kubernetes service with Neon and a replica, and vendors the modules it calls', async () => {
    const { outputs, hcl } = await render(exampleService());

    const modules = [
      'hosting-kubernetes',
      'database-postgres/modules/neon',
      'edge-cloudflare',
      'observability-grafana',
      'errors-sentry',
    ];
    expect(outputs.modules).toEqual(modules);
    expect(outputs.files).toEqual(
      expect.arrayContaining([
        'infra/versions.tf',
        'infra/variables.tf',
        'infra/main.tf',
        'infra/outputs.tf',
        'infra/env/dev.tfvars',
        'infra/env/staging.tfvars',
        'infra/env/production.tfvars',
        ...modules.flatMap(m =>
          [
            'main.tf',
            'variables.tf',
            'outputs.tf',
            'versions.tf',
            'README.md',
          ].map(f => `infra/modules/${m}/${f}`),
        ),
      ]),
    );
    // only the modules used
    expect(await readdir(workspace.resolve('infra/modules'))).toEqual(
      [...new Set(modules.map(m => m.split('/')[0]))].sort(),
    );
    expect(
      await readdir(
        workspace.resolve('infra/modules/database-postgres/modules'),
      ),
    ).toEqual(['neon']);

    const main = await hcl('main.tf');
    const hosting = main.module.hosting[0];
    expect(hosting).toMatchObject({
      source: './modules/hosting-kubernetes',
      service: '${local.service}',
      environment: '${var.environment}',
      namespace: '${var.kubernetes_namespace}',
      image: '${var.image}',
      port: 8086,
      replicas_min: '${var.replicas_min}',
      cpu_target_percent: 75,
      memory_target_percent: 80,
      scale_up_stabilization_seconds: 300,
      scale_down_stabilization_seconds: 600,
      ingress_origin_hostname: 'ingress.agents.example.com',
      secret_env: {
        SENTRY_DSN: '${module.errors.dsn}',
        DATABASE_URL: '${module.database.connection_uri}',
      },
    });
    expect(main.module.database[0]).toMatchObject({
      source: './modules/database-postgres/modules/neon',
      read_replica: '${var.database_read_replica}',
    });
    expect(main.module.edge[0]).toMatchObject({
      zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
      origin_hostname: '${module.hosting.origin_hostname}',
      // a shared zone's rulesets and settings are the platform's
      waf_managed_rules: false,
      rate_limit_rules: false,
      manage_zone_settings: false,
    });
    expect(main.module.observability[0]).toMatchObject({
      team: '${local.team}',
      monthly_budget: 42.52,
      availability_target_percent: 99.9,
      latency_target_ms: 120,
      latency_target_is_bucket: true,
    });
    expect(main.locals[0]).toEqual({
      service: 'orders-agent',
      team: 'agents-team',
      runbook_base_url:
        'https://portal.example.com/docs/default/component/orders-agent/runbooks/',
    });
    expect((await hcl('versions.tf')).terraform[0].backend.s3[0]).toEqual({
      bucket: 'agent-platform-terraform-state',
      region: 'eu-west-1',
      encrypt: true,
      use_lockfile: true,
    });

    // production as chosen, staging mirrors its scaling, dev is one replica
    expect(await hcl('env/production.tfvars')).toEqual({
      environment: 'production',
      hostname: 'orders.agents.example.com',
      replicas_min: 1,
      replicas_max: 3,
      slo_enabled: true,
      kubernetes_namespace: 'agents',
      database_read_replica: true,
    });
    expect(await hcl('env/staging.tfvars')).toMatchObject({
      hostname: 'orders-staging.agents.example.com',
      replicas_max: 3,
      slo_enabled: false,
      kubernetes_namespace: 'agents-staging',
      database_read_replica: false,
    });
    expect(await hcl('env/dev.tfvars')).toMatchObject({
      hostname: 'orders-dev.agents.example.com',
      replicas_min: 1,
      replicas_max: 1,
    });
  });

  it('writes a Railway service without a database calling a released library', async () => {
    const service: ServiceSpec = {
      ...exampleService(),
      hosting: 'railway',
      database: { kind: 'none', readReplica: false },
    };
    const { outputs, hcl } = await render(
      service,
      withConfig({
        cloudflare: {
          zoneId: '023e105f4ecef8ad9ca31a8372d0c353',
          zonePerService: true,
        },
        terraform: {
          ...TEST_PLATFORM_CONFIG.agentService.terraform,
          moduleSource:
            'git::https://github.com/acme/platform.git//terraform-modules?ref=v1.4.0',
        },
      }),
    );

    expect(outputs.files).not.toContainEqual(
      expect.stringMatching(/^infra\/modules\//),
    );
    const main = await hcl('main.tf');
    expect(main.module.database).toBeUndefined();
    // its own zone: production owns the zone's security, for every host
    expect(main.module.edge[0]).toMatchObject({
      ruleset_hostnames: [
        'orders-dev.agents.example.com',
        'orders-staging.agents.example.com',
        'orders.agents.example.com',
      ],
      waf_managed_rules: '${var.environment == "production"}',
      manage_zone_settings: '${var.environment == "production"}',
    });
    expect(main.module.hosting[0]).toMatchObject({
      source:
        'git::https://github.com/acme/platform.git//terraform-modules/hosting-railway?ref=v1.4.0',
      project_id: '6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b',
      region: 'us-east4-eqdc4a',
      environment_id: '${var.railway_environment_id}',
      replicas: '${var.replicas_min}',
      secret_env: { SENTRY_DSN: '${module.errors.dsn}' },
    });
    expect(await hcl('env/staging.tfvars')).toEqual({
      environment: 'staging',
      hostname: 'orders-staging.agents.example.com',
      replicas_min: 1,
      replicas_max: 3,
      slo_enabled: false,
      railway_environment_id: '0a1b2c3d-0000-4000-8000-000000000002',
    });
  });

  it('configures the AWS provider for RDS', async () => {
    const { hcl } = await render({
      ...exampleService(),
      database: { kind: 'rds', readReplica: false },
    });
    expect((await hcl('versions.tf')).provider.aws[0]).toEqual({
      region: 'eu-west-1',
    });
    expect((await hcl('main.tf')).module.database[0]).toMatchObject({
      source: './modules/database-postgres/modules/rds',
      rds_multi_az: '${var.environment == "production"}',
    });
  });

  it('writes config values as text, whatever they hold', async () => {
    const { hcl } = await render(
      exampleService(),
      withConfig({ grafana: { datasourceUid: 'z" \\ ${var.x}\n' } }),
    );
    expect((await hcl('main.tf')).module.observability[0].datasource_uid).toBe(
      'z" \\ $${var.x}\n',
    );
  });

  it('names each ID that is not one of its provider', async () => {
    await expect(
      render(
        { ...exampleService(), hosting: 'railway' },
        withConfig({
          cloudflare: { zoneId: 'example.com' },
          railway: {
            ...TEST_PLATFORM_CONFIG.agentService.railway,
            projectId: 'my-project',
          },
        }),
      ),
    ).rejects.toThrow(
      'agentService.cloudflare.zoneId must be a Cloudflare zone ID (32 hex digits); agentService.railway.projectId must be a Railway ID (a UUID)',
    );
  });

  it('names every missing setting of the chosen stack, and writes nothing', async () => {
    await expect(
      render(
        { ...exampleService(), hosting: 'railway' },
        new ConfigReader({
          app: { baseUrl: 'https://portal.example.com' },
          agentService: { sentry: { organization: 'valuecanvas' } },
        }),
      ),
    ).rejects.toThrow(
      'The Terraform of a railway service with neon needs config: agentService.terraform.state.bucket, agentService.terraform.state.region, agentService.cloudflare.zoneId, agentService.grafana.datasourceUid, agentService.railway.projectId, agentService.railway.region, agentService.railway.environmentIds.dev, agentService.railway.environmentIds.staging, agentService.railway.environmentIds.production',
    );
    expect(workspace.content()).toEqual({});
  });

  it('refuses a module source that could break out of its string', async () => {
    await expect(
      render(
        exampleService(),
        withTerraform({
          moduleSource: 'git::https://x.git" } resource "x" "y" {',
        }),
      ),
    ).rejects.toThrow(
      'agentService.terraform.moduleSource must be a git or https URL',
    );
  });

  it('refuses a library whose modules do not match the calls', async () => {
    const library = createMockDirectory({
      content: Object.fromEntries(
        [
          'hosting-kubernetes',
          'database-postgres/modules/neon',
          'edge-cloudflare',
          'observability-grafana',
          'errors-sentry',
        ].map(m => [
          `${m}/variables.tf`,
          'variable "service" {\n  type = string\n}\n\nvariable "required_elsewhere" {\n  type = string\n}\n',
        ]),
      ),
    });
    await expect(
      render(exampleService(), withTerraform({ moduleLibrary: library.path })),
    ).rejects.toThrow(
      /^infra\/main\.tf does not match the module library: module\.database: environment is not a variable of the module; .* and \d+ more$/,
    );
    expect(workspace.content()).toEqual({});
  });
});
