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
import { hasSloAnnotation } from '@internal/plugin-slo-common';
import { SloClient, sloApiRef } from './api';
import { rootRouteRef } from './routes';

const sloApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient({ discoveryApi, fetchApi }),
    }),
});

/** The SLOs tab, only on entities that carry an SLO annotation. */
const sloEntityContent = EntityContentBlueprint.make({
  name: 'slos',
  params: {
    path: '/slos',
    title: 'SLOs',
    routeRef: rootRouteRef,
    filter: hasSloAnnotation,
    loader: () =>
      import('./components/EntitySloContent').then(m => <m.EntitySloContent />),
  },
});

/** The SLO card of the Overview tab, on the same entities as the tab. */
const sloOverviewCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: hasSloAnnotation,
    loader: () =>
      import('./components/EntitySloOverviewCard').then(m => (
        <m.EntitySloOverviewCard />
      )),
  },
});

/**
 * The SLO plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'slo',
  title: 'SLOs',
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
  },
  extensions: [sloApi, sloEntityContent, sloOverviewCard],
});
