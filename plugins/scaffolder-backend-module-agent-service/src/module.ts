import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCatalogRenderAction } from './actions/catalogRender';
import { createCostEstimateAction } from './actions/costEstimate';
import { createPipelineRenderAction } from './actions/pipelineRender';
import { createPublishLocalAction } from './actions/publishLocal';
import { createTerraformRenderAction } from './actions/terraformRender';
import { createWorkflowAwaitAction } from './actions/workflowAwait';
import { DEFAULT_ACTION_PINS } from './pipeline/defaultPins';

/** The `agent-service:*` actions of the "New agent service" template. */
export const scaffolderModuleAgentService = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'agent-service',
  register({ registerInit }) {
    registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        scaffolderActions: scaffolderActionsExtensionPoint,
      },
      async init({ config, catalog, scaffolderActions }) {
        scaffolderActions.addActions(
          createCostEstimateAction({ config }),
          createCatalogRenderAction({ config }),
          createPipelineRenderAction({
            config,
            defaultPins: DEFAULT_ACTION_PINS,
          }),
          createTerraformRenderAction({ config }),
          createPublishLocalAction({ config, catalog }),
          createWorkflowAwaitAction({ config }),
        );
      },
    });
  },
});
