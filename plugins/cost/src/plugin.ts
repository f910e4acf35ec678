import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { CostClient, costApiRef } from './api';
import { overviewRouteRef, rootRouteRef } from './routes';

/**
 * The cost plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const costPlugin = createPlugin({
  id: 'cost',
  routes: {
    root: rootRouteRef,
    overview: overviewRouteRef,
  },
  apis: [
    createApiFactory({
      api: costApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CostClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Costs tab of an entity page: the spend over a period, the budget
 * gauge, the daily trend and the breakdowns by provider and resource.
 *
 * @public
 */
export const EntityCostContent = costPlugin.provide(
  createRoutableExtension({
    name: 'EntityCostContent',
    component: () =>
      import('./components/EntityCostContent').then(m => m.EntityCostContent),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The entity's spend this month against its budget, for the Overview tab.
 *
 * @public
 */
export const EntityCostOverviewCard = costPlugin.provide(
  createComponentExtension({
    name: 'EntityCostOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityCostOverviewCard').then(
          m => m.EntityCostOverviewCard,
        ),
    },
  }),
);

/**
 * The organisation's cost overview: total and budget, daily trend, spend by
 * team, service or provider, unallocated spend, top movers and budget
 * alerts. Mount it on a route such as `/cost-overview`.
 *
 * @public
 */
export const CostOverviewPage = costPlugin.provide(
  createRoutableExtension({
    name: 'CostOverviewPage',
    component: () =>
      import('./components/CostOverviewPage').then(m => m.CostOverviewPage),
    mountPoint: overviewRouteRef,
  }),
);
