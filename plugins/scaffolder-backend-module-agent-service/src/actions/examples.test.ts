import { ConfigReader } from '@backstage/config';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import { catalogRenderInput, createCatalogRenderAction } from './catalogRender';
import { costEstimateInput, createCostEstimateAction } from './costEstimate';
import {
  createPipelineRenderAction,
  pipelineRenderInput,
} from './pipelineRender';
import { TEST_PINS } from '../pipeline/testPins';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createPublishLocalAction, publishLocalInput } from './publishLocal';
import {
  createTerraformRenderAction,
  terraformRenderInput,
} from './terraformRender';
import { TEST_PLATFORM_CONFIG } from '../terraform/testPlatform';

const config = new ConfigReader({
  agentService: { sentry: { organization: 'valuecanvas' } },
});
const actions = [
  { action: createCostEstimateAction({ config }), input: costEstimateInput },
  { action: createCatalogRenderAction({ config }), input: catalogRenderInput },
  {
    action: createPipelineRenderAction({ config, defaultPins: TEST_PINS }),
    input: pipelineRenderInput,
  },
  {
    action: createTerraformRenderAction({
      config: new ConfigReader(TEST_PLATFORM_CONFIG),
    }),
    input: terraformRenderInput,
  },
  {
    action: createPublishLocalAction({
      config: new ConfigReader({
        agentService: {
          localTarget: { directory: createMockDirectory().path },
        },
      }),
      catalog: catalogServiceMock.mock({
        getEntityByRef: async () => ({ kind: 'Location' } as never),
        refreshEntity: jest.fn(),
      }),
    }),
    input: publishLocalInput,
  },
];

describe.each(actions)('the examples of $action.id', ({ action, input }) => {
  const workspace = createMockDirectory();

  it.each(action.examples ?? [])('run: $description', async ({ example }) => {
    const steps: Array<{ action: string; input: unknown }> =
      parse(example).steps;
    const step = steps.find(s => s.action === action.id)!;
    const ctx = createMockActionContext({
      input: (input(z) as z.ZodTypeAny).parse(step.input),
      workspacePath: workspace.path,
    });
    await (action.handler as (c: typeof ctx) => Promise<void>)(ctx);
    expect(ctx.output).toHaveBeenCalled();
  });
});
