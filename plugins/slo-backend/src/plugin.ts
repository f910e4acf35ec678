import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { OpenSloProvider } from './providers/OpenSloProvider';
import { PrometheusClient } from './providers/PrometheusClient';
import { createSpecReader } from './providers/specReader';
import { createRouter } from './router';
import { SloService } from './service/SloService';

/**
 * The SLO backend: error budgets and burn rates of an entity's SLOs.
 *
 * @public
 */
export const sloPlugin = createBackendPlugin({
  pluginId: 'slo',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        urlReader: coreServices.urlReader,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        cache,
        urlReader,
        httpAuth,
        httpRouter,
        catalog,
      }) {
        const sloConfig = config.getOptionalConfig('slo');
        const duration = (key: string, fallbackMs: number) =>
          sloConfig?.has(key)
            ? durationToMilliseconds(readDurationFromConfig(sloConfig, { key }))
            : fallbackMs;
        const prometheus = new PrometheusClient({
          baseUrl:
            sloConfig?.getOptionalString('prometheus.baseUrl') ??
            'http://127.0.0.1:9090',
          token: sloConfig?.getOptionalString('prometheus.token'),
          timeoutMs: duration('timeout', 10_000),
        });
        const slos = new SloService({
          providers: {
            openslo: new OpenSloProvider(
              prometheus,
              createSpecReader({
                urlReader,
                integrations: ScmIntegrations.fromConfig(config),
              }),
            ),
          },
          cache,
          logger,
          freshMs: duration('cacheTtl', 60_000),
        });
        httpRouter.use(await createRouter({ httpAuth, catalog, slos }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
