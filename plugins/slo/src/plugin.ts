import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { SloClient, sloApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The SLO plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const sloPlugin = createPlugin({
  id: 'slo',
  routes: {
    root: rootRouteRef,
  },
  apis: [
    createApiFactory({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The SLOs tab of an entity page: one card per SLO.
 *
 * @public
 */
export const EntitySloContent = sloPlugin.provide(
  createRoutableExtension({
    name: 'EntitySloContent',
    component: () =>
      import('./components/EntitySloContent').then(m => m.EntitySloContent),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The entity's SLOs at a glance, for the Overview tab.
 *
 * @public
 */
export const EntitySloOverviewCard = sloPlugin.provide(
  createComponentExtension({
    name: 'EntitySloOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntitySloOverviewCard').then(
          m => m.EntitySloOverviewCard,
        ),
    },
  }),
);
