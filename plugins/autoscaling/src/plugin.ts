import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AutoscalingClient, autoscalingApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The autoscaling plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const autoscalingPlugin = createPlugin({
  id: 'autoscaling',
  routes: {
    root: rootRouteRef,
  },
  apis: [
    createApiFactory({
      api: autoscalingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AutoscalingClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Autoscaling tab of an entity page: a card per autoscaled workload, the
 * history of its replicas and its scaling events.
 *
 * @public
 */
export const EntityAutoscalingContent = autoscalingPlugin.provide(
  createRoutableExtension({
    name: 'EntityAutoscalingContent',
    component: () =>
      import('./components/EntityAutoscalingContent').then(
        m => m.EntityAutoscalingContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The entity's autoscaled workloads at a glance, for the Overview tab.
 *
 * @public
 */
export const EntityAutoscalingOverviewCard = autoscalingPlugin.provide(
  createComponentExtension({
    name: 'EntityAutoscalingOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityAutoscalingOverviewCard').then(
          m => m.EntityAutoscalingOverviewCard,
        ),
    },
  }),
);
