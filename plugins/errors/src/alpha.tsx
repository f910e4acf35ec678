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
import { hasErrorsAnnotation } from '@internal/plugin-errors-common';
import { ErrorsClient, errorsApiRef } from './api';
import { rootRouteRef } from './routes';

const errorsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: errorsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ErrorsClient({ discoveryApi, fetchApi }),
    }),
});

/** The Errors tab, only on entities that name a Sentry project. */
const errorsEntityContent = EntityContentBlueprint.make({
  name: 'errors',
  params: {
    path: '/errors',
    title: 'Errors',
    routeRef: rootRouteRef,
    filter: hasErrorsAnnotation,
    loader: () =>
      import('./components/EntityErrorsContent').then(m => (
        <m.EntityErrorsContent />
      )),
  },
});

/** The errors card of the Overview tab, on the same entities as the tab. */
const errorsOverviewCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: hasErrorsAnnotation,
    loader: () =>
      import('./components/EntityErrorsOverviewCard').then(m => (
        <m.EntityErrorsOverviewCard />
      )),
  },
});

/**
 * The errors plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'errors',
  title: 'Errors',
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
  },
  extensions: [errorsApi, errorsEntityContent, errorsOverviewCard],
});
