import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ErrorsClient, errorsApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The errors plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const errorsPlugin = createPlugin({
  id: 'errors',
  routes: {
    root: rootRouteRef,
  },
  apis: [
    createApiFactory({
      api: errorsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ErrorsClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Errors tab of an entity page: the Sentry project's issues, their trend
 * and filters.
 *
 * @public
 */
export const EntityErrorsContent = errorsPlugin.provide(
  createRoutableExtension({
    name: 'EntityErrorsContent',
    component: () =>
      import('./components/EntityErrorsContent').then(
        m => m.EntityErrorsContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The entity's errors of the last day at a glance, for the Overview tab.
 *
 * @public
 */
export const EntityErrorsOverviewCard = errorsPlugin.provide(
  createComponentExtension({
    name: 'EntityErrorsOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityErrorsOverviewCard').then(
          m => m.EntityErrorsOverviewCard,
        ),
    },
  }),
);
