/*
 * How long answering an entity's Sentry issues takes, against the sandbox's
 * Sentry stand-in (start it first: `make start`, or set ERRORS_BENCH_SENTRY):
 *
 *   yarn bench:errors
 *
 * ErrorsService with the real SentryClient and an in-memory cache, without
 * HTTP in front, for api-gateway (valuecanvas/api-gateway). Prints p50/p95
 * cold (every answer reloaded from Sentry: all its issue pages; the project
 * id stays cached), warm (from the cache) and 50 concurrent requests of
 * each. Not a test: figures depend on the machine.
 */
import { CacheManager } from '@backstage/backend-defaults/cache';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { SentryClient } from '../src/providers/SentryClient';
import { ErrorsService, IssueFilters } from '../src/service/ErrorsService';
import { report, silentLogger, timed } from '@internal/backend-kit';

const sentryUrl = process.env.ERRORS_BENCH_SENTRY ?? 'http://127.0.0.1:3200';
const ROUNDS = 30;
const CONCURRENCY = 50;
const FILTERS: IssueFilters = { period: '24h', sort: 'freq' };

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: { 'sentry.io/project-slug': 'valuecanvas/api-gateway' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
};

async function main() {
  const sentry = new SentryClient({
    baseUrl: sentryUrl,
    token: 'bench',
    timeoutMs: 10_000,
  });
  const cache = CacheManager.fromConfig(
    new ConfigReader({ backend: { cache: { store: 'memory' } } }),
  ).forPlugin('errors');
  const service = (freshMs: number) =>
    new ErrorsService({
      sentry,
      cache,
      logger: silentLogger,
      freshMs,
      maxIssues: 100,
    });
  const cold = service(0);
  const warm = service(60 * 60 * 1000);

  const first = await warm.issues(entity, FILTERS); // fills the cache
  if (first.error) {
    console.error(
      `No answer from the Sentry stand-in at ${sentryUrl} (${first.error.message}): start the sandbox (make start) or set ERRORS_BENCH_SENTRY`,
    );
    process.exit(1);
  }
  console.log(
    `GET /v1/issues for ${first.entityRef} (${first.project}): ${
      first.issues.length
    } issues${first.truncated ? ', truncated' : ''}, ${
      first.totals.events
    } events`,
  );

  const coldTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    coldTimes.push(await timed(() => cold.issues(entity, FILTERS)));
  }
  report('cold (from Sentry), sequential', coldTimes);

  const warmTimes: number[] = [];
  for (let i = 0; i < ROUNDS * 10; i++) {
    warmTimes.push(await timed(() => warm.issues(entity, FILTERS)));
  }
  report('warm (cached), sequential', warmTimes);

  for (const [label, svc] of [
    ['cold, 50 concurrent', cold],
    ['warm, 50 concurrent', warm],
  ] as const) {
    const times = await Promise.all(
      Array.from({ length: CONCURRENCY }, () =>
        timed(() => svc.issues(entity, FILTERS)),
      ),
    );
    report(label, times);
  }
}

// The cache keeps the event loop alive: exit explicitly.
main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
