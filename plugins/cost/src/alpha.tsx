import { Content } from '@backstage/core-components';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { CostClient, costApiRef } from './api';
import { isCostAvailable } from './isCostAvailable';
import { CostOverviewIcon } from './components/CostOverviewPage/CostOverviewIcon';
import { overviewRouteRef, rootRouteRef } from './routes';

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
 * The organisation's cost overview at `/cost-overview`; its title and icon
 * make it a "Cost overview" item of the sidebar.
 */
const costOverviewPage = PageBlueprint.make({
  name: 'overview',
  params: {
    path: '/cost-overview',
    title: 'Cost overview',
    icon: <CostOverviewIcon fontSize="inherit" />,
    routeRef: overviewRouteRef,
    loader: () =>
      import('./components/CostOverviewPage').then(m => (
        <Content>
          <m.CostOverviewContent />
        </Content>
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
    overview: overviewRouteRef,
  },
  extensions: [costApi, costEntityContent, costOverviewCard, costOverviewPage],
});
