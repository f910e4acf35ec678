/**
 * The scaffolder actions of the "New agent service" template.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAgentService as default } from './module';
export { createCatalogRenderAction } from './actions/catalogRender';
export { createCostEstimateAction } from './actions/costEstimate';
export { createPipelineRenderAction } from './actions/pipelineRender';
export { DEFAULT_ACTION_PINS } from './pipeline/defaultPins';
