import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { DatabaseSloSnapshotStore } from './database/DatabaseSloSnapshotStore';
import { grafanaDatasourceProxy } from './providers/grafanaDatasourceProxy';
import { GrafanaSloClient } from './providers/GrafanaSloClient';
import { GrafanaSloProvider } from './providers/GrafanaSloProvider';
import { OpenSloProvider } from './providers/OpenSloProvider';
import { PrometheusClient } from '@internal/backend-kit';
import { createSpecReader } from './providers/specReader';
import { createRouter } from './router';
import { recordSnapshots } from './service/recordSnapshots';
import { SloProviders, SloService } from './service/SloService';

/** Hourly, so each day's snapshot is refreshed until the day ends. */
const DEFAULT_SNAPSHOT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 15 },
  initialDelay: { minutes: 1 },
};

/**
 * The SLO backend: error budgets and burn rates of an entity's SLOs, and a
 * scheduled daily snapshot of each for the budget burn-down history.
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
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        urlReader: coreServices.urlReader,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, auth, catalog } = deps;
        const sloConfig = config.getOptionalConfig('slo');
        const duration = (key: string, fallbackMs: number) =>
          sloConfig?.has(key)
            ? durationToMilliseconds(readDurationFromConfig(sloConfig, { key }))
            : fallbackMs;
        const timeoutMs = duration('timeout', 10_000);
        const prometheusToken =
          sloConfig?.getOptionalString('prometheus.token');
        const providers: SloProviders = {
          openslo: new OpenSloProvider(
            new PrometheusClient({
              baseUrl:
                sloConfig?.getOptionalString('prometheus.baseUrl') ??
                'http://127.0.0.1:9090',
              token: prometheusToken,
              timeoutMs,
            }),
            createSpecReader({
              urlReader: deps.urlReader,
              integrations: ScmIntegrations.fromConfig(config),
            }),
          ),
        };
        const grafanaConfig = sloConfig?.getOptionalConfig('grafana');
        if (grafanaConfig) {
          const baseUrl = grafanaConfig.getString('baseUrl');
          const token = grafanaConfig.getString('token');
          const direct = grafanaConfig.getOptionalString('prometheusBaseUrl');
          const directClient =
            direct &&
            new PrometheusClient({
              baseUrl: direct,
              token: prometheusToken,
              timeoutMs,
            });
          providers.grafana = new GrafanaSloProvider({
            grafana: new GrafanaSloClient({ baseUrl, token, timeoutMs }),
            prometheusFor: directClient
              ? () => directClient
              : grafanaDatasourceProxy({
                  grafanaBaseUrl: baseUrl,
                  token,
                  timeoutMs,
                  datasourceUid:
                    grafanaConfig.getOptionalString('datasourceUid'),
                }),
          });
        }
        const store = await DatabaseSloSnapshotStore.create(deps.database);
        const slos = new SloService({
          providers,
          cache: deps.cache,
          store,
          logger,
          freshMs: duration('cacheTtl', 60_000),
        });

        const snapshotConfig = sloConfig?.getOptionalConfig('snapshots');
        const retentionDays =
          snapshotConfig?.getOptionalNumber('retentionDays') ?? 400;
        await scheduler.scheduleTask({
          id: 'slo-snapshots',
          ...(snapshotConfig?.has('schedule')
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                snapshotConfig.getConfig('schedule'),
              )
            : DEFAULT_SNAPSHOT_SCHEDULE),
          scope: 'global',
          fn: async () => {
            const result = await recordSnapshots({
              catalog,
              auth,
              slos,
              store,
              logger,
              now: Date.now(),
              retentionDays,
            });
            logger.info('Recorded SLO snapshots', result);
          },
        });

        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, catalog, slos }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
