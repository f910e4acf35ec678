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
import { hasAutoscalingAnnotation } from '@internal/plugin-autoscaling-common';
import { AutoscalingClient, autoscalingApiRef } from './api';
import { rootRouteRef } from './routes';

const autoscalingApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: autoscalingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AutoscalingClient({ discoveryApi, fetchApi }),
    }),
});

/** The Autoscaling tab, only on entities with an annotation the plugin reads. */
const autoscalingEntityContent = EntityContentBlueprint.make({
  name: 'autoscaling',
  params: {
    path: '/autoscaling',
    title: 'Autoscaling',
    routeRef: rootRouteRef,
    filter: hasAutoscalingAnnotation,
    loader: () =>
      import('./components/EntityAutoscalingContent').then(m => (
        <m.EntityAutoscalingContent />
      )),
  },
});

/** The autoscaling card of the Overview tab, on the same entities as the tab. */
const autoscalingOverviewCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: hasAutoscalingAnnotation,
    loader: () =>
      import('./components/EntityAutoscalingOverviewCard').then(m => (
        <m.EntityAutoscalingOverviewCard />
      )),
  },
});

/**
 * The autoscaling plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'autoscaling',
  title: 'Autoscaling',
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
  },
  extensions: [
    autoscalingApi,
    autoscalingEntityContent,
    autoscalingOverviewCard,
  ],
});
