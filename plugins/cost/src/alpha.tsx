import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { CostClient, costApiRef } from './api';
import { isCostAvailable } from './isCostAvailable';
import { rootRouteRef } from './routes';

const costApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: costApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CostClient({ discoveryApi, fetchApi }),
    }),
});

/** The Costs tab, only on entities with a budget or cost tags. */
const costEntityContent = EntityContentBlueprint.make({
  name: 'costs',
  params: {
    path: '/costs',
    title: 'Costs',
    routeRef: rootRouteRef,
    filter: isCostAvailable,
    loader: () =>
      import('./components/EntityCostContent').then(m => (
        <m.EntityCostContent />
      )),
  },
});

/** The cost card of the Overview tab, on the same entities as the tab. */
const costOverviewCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: isCostAvailable,
    loader: () =>
      import('./components/EntityCostOverviewCard').then(m => (
        <m.EntityCostOverviewCard />
      )),
  },
});

/**
 * The cost plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'cost',
  title: 'Costs',
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
  },
  extensions: [costApi, costEntityContent, costOverviewCard],
});
