import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * Lets the "New agent service" template register what it publishes to
 * `agentService.localTarget` (a directory on the portal host, for a
 * portal that cannot reach GitHub) as `file` locations. Without that
 * config the catalog keeps its default: `url` locations only.
 */
export const catalogModuleLocalServices = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'local-services',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        locations: catalogLocationsExtensionPoint,
      },
      async init({ config, locations }) {
        if (config.has('agentService.localTarget')) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});
