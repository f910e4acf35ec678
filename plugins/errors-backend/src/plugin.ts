import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { SentryClient } from './providers/SentryClient';
import { createRouter } from './router';
import { ErrorsService } from './service/ErrorsService';

/** The most issues one answer may list (40 pages of 25). */
const MAX_ISSUES_LIMIT = 1000;

/**
 * The errors backend: an entity's Sentry issues, environments and releases,
 * cached, with the last good answer served when Sentry fails.
 *
 * @public
 */
export const errorsPlugin = createBackendPlugin({
  pluginId: 'errors',
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
        const sentryConfig = config.getOptionalConfig('errors.sentry');
        const duration = (key: string, fallbackMs: number) =>
          sentryConfig?.has(key)
            ? durationToMilliseconds(
                readDurationFromConfig(sentryConfig, { key }),
              )
            : fallbackMs;
        const maxIssues = sentryConfig?.getOptionalNumber('maxIssues') ?? 100;
        if (
          !Number.isInteger(maxIssues) ||
          maxIssues < 1 ||
          maxIssues > MAX_ISSUES_LIMIT
        ) {
          throw new Error(
            `errors.sentry.maxIssues must be a whole number from 1 to ${MAX_ISSUES_LIMIT}`,
          );
        }
        const token = sentryConfig?.getOptionalString('token');
        if (!token) {
          logger.warn(
            'errors.sentry.token is not set: the errors API answers without Sentry',
          );
        }
        const errors = new ErrorsService({
          sentry: token
            ? new SentryClient({
                baseUrl:
                  sentryConfig?.getOptionalString('baseUrl') ??
                  'https://sentry.io',
                token,
                timeoutMs: duration('timeout', 10_000),
              })
            : undefined,
          organization: sentryConfig?.getOptionalString('organization'),
          cache,
          logger,
          freshMs: duration('cacheTtl', 60_000),
          maxIssues,
        });

        httpRouter.use(await createRouter({ httpAuth, catalog, errors }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
