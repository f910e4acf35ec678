import * as Sentry from '@sentry/node';

// Imported first by index.ts so Sentry is set up before anything else runs.
// Sentry stays disabled unless SENTRY_DSN is set (e.g. locally and in tests).
export const sentryEnabled = Boolean(process.env.SENTRY_DSN);

if (sentryEnabled) {
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    release: process.env.SENTRY_RELEASE,
    environment: process.env.SENTRY_ENVIRONMENT ?? process.env.NODE_ENV ?? 'production',
    tracesSampleRate: Number(process.env.SENTRY_TRACES_SAMPLE_RATE ?? 0),
    initialScope: { tags: { service: '${{ values.name }}', agentType: '${{ values.agentType }}' } },
  });
}
