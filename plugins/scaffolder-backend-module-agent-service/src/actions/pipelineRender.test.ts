import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { TEST_PINS } from '../pipeline/testPins';
import { createPipelineRenderAction } from './pipelineRender';
import { exampleService, outputsOf } from './testService';

const action = createPipelineRenderAction({
  config: new ConfigReader({}),
  defaultPins: TEST_PINS,
});

type Step = { uses?: string; run?: string; env?: Record<string, string> };
type Job = {
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
};

describe('agent-service:pipeline:render', () => {
  const workspace = createMockDirectory();

  async function render() {
    const ctx = createMockActionContext({
      input: { service: exampleService() },
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const read = (file: string) =>
      readFile(workspace.resolve('.github/workflows', file), 'utf8');
    return {
      outputs: outputsOf(ctx),
      ci: await read('ci.yml'),
      deploy: await read('deploy.yml'),
    };
  }

  it('writes CI and deploy workflows with pinned actions and least privilege', async () => {
    const { outputs, ci, deploy } = await render();

    expect(outputs.workflows).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
    ]);
    // every action at a full SHA, with its release for the reader
    expect(ci).toContain(
      `uses: actions/checkout@${TEST_PINS['actions/checkout'].sha} # v1.0.0`,
    );
    const all = [parse(ci), parse(deploy)];
    expect(all.map(w => w.permissions)).toEqual([
      { contents: 'read' },
      { contents: 'read' },
    ]);
    const steps = all.flatMap(w =>
      (Object.values(w.jobs) as Job[]).flatMap(job => job.steps),
    );
    const uses = steps.flatMap(step => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.filter(u => !/@[0-9a-f]{40}$/.test(u))).toEqual([]);
    expect(steps.filter(step => step.run?.includes('${{'))).toEqual([]);
    const jobs = all[1].jobs as Record<string, Job>;
    expect(jobs.build.permissions).toEqual({
      contents: 'read',
      packages: 'write',
    });
    expect(jobs['deploy-production'].environment?.name).toBe('production');
    expect(jobs['deploy-staging'].environment).toEqual({
      name: 'staging',
      url: 'https://orders-staging.agents.example.com',
    });
    // an automatic rollback waits for no reviewer
    expect(jobs.rollback.environment?.name).toBe('production-rollback');
    // Terraform gets the secrets of the chosen stack only, no OIDC token
    expect(
      Object.keys(
        (all[1].jobs['deploy-production'] as { env: object }).env,
      ).filter(
        name =>
          !/^(SERVICE|EDGE_DOMAIN|P95_LATENCY_MS|ENVIRONMENT|IMAGE)$/.test(
            name,
          ),
      ),
    ).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'CLOUDFLARE_API_TOKEN',
      'GRAFANA_URL',
      'GRAFANA_AUTH',
      'SENTRY_AUTH_TOKEN',
      'KUBE_HOST',
      'KUBE_TOKEN',
      'KUBE_CLUSTER_CA_CERT_DATA',
      'NEON_API_KEY',
    ]);
    expect(
      Object.values(jobs).filter(job => job.permissions?.['id-token']),
    ).toEqual([]);
    expect(Object.keys(jobs)).toEqual([
      'build',
      'deploy-staging',
      'deploy-production',
      'smoke',
      'rollback',
      'load-test',
      'release',
      'notify',
    ]);
    // the service's values reach scripts through env only
    expect(jobs.smoke.steps[0].run).toContain('"https://$EDGE_DOMAIN/health"');
    expect((all[1].jobs.smoke as { env: Record<string, string> }).env).toEqual({
      SERVICE: 'orders-agent',
      EDGE_DOMAIN: 'orders.agents.example.com',
      P95_LATENCY_MS: '120',
    });
  });

  it('needs a full commit SHA for every action', () => {
    expect(() =>
      createPipelineRenderAction({
        config: new ConfigReader({
          agentService: {
            pipeline: {
              actions: [
                { action: 'actions/checkout', sha: 'v4', version: 'v4' },
              ],
            },
          },
        }),
        defaultPins: TEST_PINS,
      }),
    ).toThrow(
      'the pin of actions/checkout must be a full 40-hex commit SHA, not v4',
    );
    expect(() =>
      createPipelineRenderAction({
        config: new ConfigReader({}),
        defaultPins: {},
      }),
    ).toThrow(
      'agentService.pipeline.actions must give the commit SHA to pin actions/checkout to',
    );
  });
});
