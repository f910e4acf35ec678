import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { KubernetesClient } from './providers/KubernetesClient';
import { PrometheusClient } from '@internal/backend-kit';
import { createRouter } from './router';
import { AutoscalingService } from './service/AutoscalingService';
import { DEFAULT_POLICY_QUERIES } from './service/policyQueries';

/**
 * The autoscaling backend: an entity's HorizontalPodAutoscalers from every
 * configured cluster and its policy workload read from Prometheus, with
 * the last good answer served when a source fails.
 *
 * @public
 */
export const autoscalingPlugin = createBackendPlugin({
  pluginId: 'autoscaling',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, cache, httpAuth, httpRouter, catalog }) {
        const root = config.getOptionalConfig('autoscaling');
        const duration = (key: string, fallbackMs: number) =>
          root?.has(key)
            ? durationToMilliseconds(readDurationFromConfig(root, { key }))
            : fallbackMs;
        const timeoutMs = duration('timeout', 10_000);
        const clusters = (
          root?.getOptionalConfigArray('kubernetes.clusters') ?? []
        ).map(
          cluster =>
            new KubernetesClient({
              name: cluster.getString('name'),
              url: cluster.getString('url'),
              token: cluster.getOptionalString('token'),
              serviceAccountTokenFile: cluster.getOptionalString(
                'serviceAccountTokenFile',
              ),
              timeoutMs,
            }),
        );
        if (clusters.length === 0) {
          logger.warn(
            'autoscaling.kubernetes.clusters is empty: no HorizontalPodAutoscalers will be found',
          );
        }
        const queries = root?.getOptionalConfig('prometheus.queries');
        const autoscaling = new AutoscalingService({
          clusters,
          prometheus: new PrometheusClient({
            baseUrl:
              root?.getOptionalString('prometheus.baseUrl') ??
              'http://127.0.0.1:9090',
            token: root?.getOptionalString('prometheus.token'),
            timeoutMs,
          }),
          queries: {
            instances:
              queries?.getOptionalString('instances') ??
              DEFAULT_POLICY_QUERIES.instances,
            cpu:
              queries?.getOptionalString('cpu') ?? DEFAULT_POLICY_QUERIES.cpu,
            memory:
              queries?.getOptionalString('memory') ??
              DEFAULT_POLICY_QUERIES.memory,
            p95Ms:
              queries?.getOptionalString('p95Ms') ??
              DEFAULT_POLICY_QUERIES.p95Ms,
          },
          cache,
          logger,
          freshMs: duration('cacheTtl', 30_000),
        });

        httpRouter.use(await createRouter({ httpAuth, catalog, autoscaling }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
