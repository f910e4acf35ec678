import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { KubernetesClient } from './providers/KubernetesClient';
import { PrometheusClient } from '@internal/backend-kit';
import { DatabaseScalingEventStore } from './database/DatabaseScalingEventStore';
import { createRouter } from './router';
import { AutoscalingService } from './service/AutoscalingService';
import { DEFAULT_HPA_QUERIES } from './service/hpaQueries';
import { DEFAULT_POLICY_QUERIES } from './service/policyQueries';
import { recordScalingEvents } from './service/recordScalingEvents';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every 5 minutes, the first soon after start, so the history fills at once. */
const DEFAULT_RECORDING_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 4 },
  initialDelay: { seconds: 10 },
};

/** Each query of `defaults` from `config` when set there. */
function readQueries<T extends object>(
  config: Config | undefined,
  defaults: T,
): T {
  return Object.fromEntries(
    Object.entries(defaults).map(([key, query]) => [
      key,
      config?.getOptionalString(key) ?? query,
    ]),
  ) as T;
}

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
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        cache,
        database,
        scheduler,
        auth,
        httpAuth,
        httpRouter,
        catalog,
      }) {
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
        const prometheus = new PrometheusClient({
          baseUrl:
            root?.getOptionalString('prometheus.baseUrl') ??
            'http://127.0.0.1:9090',
          token: root?.getOptionalString('prometheus.token'),
          timeoutMs,
        });
        const queries = {
          policy: readQueries(
            root?.getOptionalConfig('prometheus.queries'),
            DEFAULT_POLICY_QUERIES,
          ),
          hpa: readQueries(
            root?.getOptionalConfig('prometheus.hpaQueries'),
            DEFAULT_HPA_QUERIES,
          ),
        };
        const store = await DatabaseScalingEventStore.create(database);
        const autoscaling = new AutoscalingService({
          clusters,
          prometheus,
          queries,
          store,
          cache,
          logger,
          freshMs: duration('cacheTtl', 30_000),
        });

        const recording = root?.getOptionalConfig('recording');
        await scheduler.scheduleTask({
          id: 'autoscaling-events',
          ...(recording?.has('schedule')
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                recording.getConfig('schedule'),
              )
            : DEFAULT_RECORDING_SCHEDULE),
          scope: 'global',
          fn: async () => {
            const result = await recordScalingEvents({
              catalog,
              auth,
              autoscaling,
              prometheus,
              queries,
              store,
              logger,
              now: Date.now(),
              firstLookBackMs: durationToMilliseconds(
                recording?.has('firstLookBack')
                  ? readDurationFromConfig(recording, { key: 'firstLookBack' })
                  : { days: 7 },
              ),
              retentionMs:
                (recording?.getOptionalNumber('retentionDays') ?? 180) * DAY_MS,
            });
            logger.info('Recorded scaling events', result);
          },
        });

        httpRouter.use(await createRouter({ httpAuth, catalog, autoscaling }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
