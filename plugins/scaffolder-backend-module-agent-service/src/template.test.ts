import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { validateEntities } from './catalog/validateEntities';
import { scaffolderModuleAgentService } from './module';
import { validateWorkflow } from './pipeline/validateWorkflow';
import { TEST_PLATFORM_CONFIG } from './terraform/testPlatform';
import { validateHcl } from './terraform/validateHcl';

jest.setTimeout(60_000);

const TEMPLATE_DIR = resolve(__dirname, '../../../templates/new-agent-service');

/** Every file of the template's folder, as the dry-run API takes them. */
async function directoryContents(
  dir = TEMPLATE_DIR,
): Promise<Array<{ path: string; base64Content: string }>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter(entry => entry.isFile())
      .map(async entry => {
        const path = join(entry.parentPath, entry.name);
        return {
          path: relative(TEMPLATE_DIR, path),
          base64Content: (await readFile(path)).toString('base64'),
        };
      }),
  );
}

const VALUES = {
  name: 'orders-agent',
  title: 'Orders agent',
  description: 'Answers questions about orders: "fast", #1',
  owner: 'group:default/agents-team',
  system: 'agent-platform',
  agentType: 'realization',
  port: 8086,
  database: { kind: 'neon', readReplica: true },
  edgeDomain: 'orders.agents.example.com',
  slo: { availabilityPercent: 99.9, p95LatencyMs: 120 },
  autoscaling: {
    min: 1,
    max: 3,
    cpuPercent: 75,
    memoryPercent: 80,
    p95LatencyMs: 400,
    scaleUpCooldownSeconds: 300,
    scaleDownCooldownSeconds: 600,
  },
};
/** Kubernetes published to GitHub, Railway to the local target. */
const TARGETS: Record<string, object> = {
  kubernetes: {
    target: 'github',
    repoUrl: 'github.com?owner=valuecanvas&repo=orders-agent',
    awaitFirstDeploy: true,
  },
  railway: { target: 'local' },
};

/** The files a dry run of the template renders for `hosting`. */
async function dryRun(hosting: string): Promise<Map<string, string>> {
  // the local target (a dry run writes nothing there)
  const localTarget = createMockDirectory().path;
  const { server } = await startTestBackend({
    features: [
      scaffolderPlugin,
      githubModule,
      scaffolderModuleAgentService,
      mockServices.rootConfig.factory({
        data: {
          ...TEST_PLATFORM_CONFIG,
          agentService: {
            ...TEST_PLATFORM_CONFIG.agentService,
            localTarget: { directory: localTarget },
          },
          integrations: { github: [{ host: 'github.com' }] },
        },
      }),
    ],
  });
  const template = parse(
    await readFile(join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
  );

  const res = await request(server)
    .post('/api/scaffolder/v2/dry-run')
    .send({
      template,
      values: { ...VALUES, hosting, ...TARGETS[hosting] },
      secrets: {},
      directoryContents: await directoryContents(),
    });

  expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
  return new Map<string, string>(
    res.body.directoryContents.map(
      (f: { path: string; base64Content: string }) => [
        f.path,
        Buffer.from(f.base64Content, 'base64').toString('utf8'),
      ],
    ),
  );
}

describe('the New agent service template, dry run', () => {
  it.each(['kubernetes', 'railway'])(
    'renders files that all validate, hosted on %s',
    async hosting => {
      const files = await dryRun(hosting);
      expect([...files.keys()]).toEqual(
        expect.arrayContaining([
          'catalog-info.yaml',
          '.github/workflows/ci.yml',
          '.github/workflows/deploy.yml',
          'package.json',
          'src/index.ts',
          'Dockerfile',
          'k6/load.js',
          'mkdocs.yml',
          'docs/index.md',
          'docs/runbooks/service-down.md',
          'docs/runbooks/cost-spike.md',
        ]),
      );
      // the budget is the estimate: 17.52 per replica (or 10 on Railway),
      // Cloudflare Pro 20, Neon free, its replica 5
      const entities = parseAllDocuments(files.get('catalog-info.yaml')!).map(
        d => d.toJS(),
      );
      await validateEntities(entities);
      expect(
        entities[0].metadata.annotations['agent-platform.io/monthly-budget'],
      ).toBe(hosting === 'kubernetes' ? '42.52' : '35.00');
      expect(entities[0].metadata.description).toBe(VALUES.description);
      // the Terraform root module and the modules it calls, all valid
      const terraform = [...files.keys()].filter(path =>
        /^infra\/.*\.(tf|tfvars)$/.test(path),
      );
      expect(terraform).toEqual(
        expect.arrayContaining([
          'infra/main.tf',
          'infra/env/production.tfvars',
          `infra/modules/hosting-${hosting}/main.tf`,
          'infra/modules/observability-grafana/main.tf',
        ]),
      );
      for (const path of terraform) {
        await validateHcl(path, files.get(path)!);
      }
      for (const file of ['ci.yml', 'deploy.yml']) {
        const path = `.github/workflows/${file}`;
        await validateWorkflow(path, files.get(path)!);
      }
      expect(JSON.parse(files.get('package.json')!).name).toBe('orders-agent');
      expect(files.get('mkdocs.yml')).toContain('site_name: orders-agent');
      // the latency SLO's target is a bucket of the service's histogram
      expect(files.get('src/server.ts')).toContain(
        'export const SLO_LATENCY_SECONDS = 120 / 1000;',
      );
      // no template expression is left unrendered
      for (const [path, text] of files) {
        expect([path, text.includes('${{ values')]).toEqual([path, false]);
      }
    },
  );

  it('renders a service that installs, builds and passes its own tests', async () => {
    const files = await dryRun('kubernetes');
    const service = createMockDirectory();
    for (const [path, text] of files) {
      await mkdir(dirname(service.resolve(path)), { recursive: true });
      await writeFile(service.resolve(path), text);
    }
    // the npm registry is reachable here; the lockfile pins every package
    const npm = (...args: string[]) =>
      execFileSync('npm', args, {
        cwd: service.path,
        encoding: 'utf8',
        stdio: 'pipe',
        env: {
          ...process.env,
          npm_config_audit: 'false',
          npm_config_fund: 'false',
        },
      });
    npm('ci');
    const output = npm('test');
    expect(output).toMatch(/# pass 5\b/);
    expect(output).toMatch(/# fail 0\b/);
  }, 240_000);
});
