/*
 * yarn bench:slo — how long listing an entity's SLOs takes against the
 * sandbox (start it first: `yarn workspace sandbox start` or `make start`):
 * api-gateway's OpenSLO SLOs on the real Prometheus, and its Grafana SLO
 * through the Grafana stand-in's recording-rule series. Prints p50/p95 for
 * cold answers (every SLO recomputed: 8 PromQL queries each), per SLO, warm
 * answers (from the cache) and 50 concurrent requests of each. Not a test: figures depend on the machine.
 */
import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { GrafanaSloClient } from '../src/providers/GrafanaSloClient';
import { GrafanaSloProvider } from '../src/providers/GrafanaSloProvider';
import { grafanaDatasourceProxy } from '../src/providers/grafanaDatasourceProxy';
import { OpenSloProvider } from '../src/providers/OpenSloProvider';
import { DatabaseSloSnapshotStore } from '../src/database/DatabaseSloSnapshotStore';
import { SloProviders, SloService } from '../src/service/SloService';
import knexFactory from 'knex';
import {
  PrometheusClient,
  report,
  silentLogger,
  timed,
} from '@internal/backend-kit';

const grafanaUrl = process.env.SLO_BENCH_GRAFANA ?? 'http://127.0.0.1:3100';
const SPEC = 'agent-platform.io/slo-spec';
const SELECTOR = 'grafana.com/slo-selector';
const prometheusUrl =
  process.env.SLO_BENCH_PROMETHEUS ?? 'http://127.0.0.1:9090';
const entityFile = resolve(
  __dirname,
  '../../../catalog/services/api-gateway/catalog-info.yaml',
);
const ROUNDS = 30;
const CONCURRENCY = 50;

/** The entity with one of its SLO annotations removed, so one source applies. */
function withoutAnnotation(entity: Entity, annotation: string): Entity {
  const { [annotation]: _removed, ...annotations } =
    entity.metadata.annotations ?? {};
  return { ...entity, metadata: { ...entity.metadata, annotations } };
}

async function main() {
  const ready = await fetch(`${prometheusUrl}/-/ready`).catch(() => undefined);
  if (!ready?.ok) {
    console.error(
      `No Prometheus at ${prometheusUrl}: start the sandbox first (yarn workspace sandbox start) or set SLO_BENCH_PROMETHEUS`,
    );
    process.exit(1);
  }
  const entity = parse(readFileSync(entityFile, 'utf8')) as Entity;
  entity.metadata.annotations![
    'backstage.io/managed-by-location'
  ] = `file:${entityFile}`;

  // history is not measured here; the store only has to exist
  const store = await DatabaseSloSnapshotStore.create({
    getClient: async () =>
      knexFactory({
        client: 'better-sqlite3',
        connection: ':memory:',
        useNullAsDefault: true,
      }),
  });
  const openslo = new OpenSloProvider(
    new PrometheusClient({ baseUrl: prometheusUrl, timeoutMs: 10_000 }),
    async (_entity, relative) => ({
      file: relative,
      text: readFileSync(resolve(entityFile, '..', relative), 'utf8'),
    }),
  );
  const grafana = new GrafanaSloProvider({
    grafana: new GrafanaSloClient({
      baseUrl: grafanaUrl,
      token: 'bench',
      timeoutMs: 10_000,
    }),
    prometheusFor: grafanaDatasourceProxy({
      grafanaBaseUrl: grafanaUrl,
      token: 'bench',
      timeoutMs: 10_000,
    }),
  });

  await bench(
    'OpenSLO (raw counters)',
    { openslo },
    withoutAnnotation(entity, SELECTOR),
  );
  await bench(
    'Grafana SLO (recording-rule series)',
    { grafana },
    withoutAnnotation(entity, SPEC),
  );

  async function bench(
    source: string,
    providers: SloProviders,
    subject: Entity,
  ) {
    const service = (freshMs: number) =>
      new SloService({
        store,
        providers,
        cache: CacheManager.fromConfig(
          new ConfigReader({ backend: { cache: { store: 'memory' } } }),
        ).forPlugin('slo'),
        logger: silentLogger,
        freshMs,
      });
    const cold = service(0);
    const warm = service(60 * 60 * 1000);
    const first = await warm.list(subject); // fills the cache
    if (first.slos.length === 0 || first.errors.length > 0) {
      throw new Error(`unexpected answer: ${JSON.stringify(first.errors)}`);
    }
    console.log(
      `\n${source}: GET /slos for ${first.entityRef}, ${first.slos.length} SLOs`,
    );

    const coldTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      coldTimes.push(await timed(() => cold.list(subject)));
    }
    report('cold (recomputed), sequential', coldTimes);
    report(
      'cold, per SLO',
      coldTimes.map(t => t / first.slos.length),
    );

    const warmTimes: number[] = [];
    for (let i = 0; i < ROUNDS * 10; i++) {
      warmTimes.push(await timed(() => warm.list(subject)));
    }
    report('warm (cached), sequential', warmTimes);

    for (const [label, svc] of [
      ['cold, 50 concurrent', cold],
      ['warm, 50 concurrent', warm],
    ] as const) {
      const times = await Promise.all(
        Array.from({ length: CONCURRENCY }, () =>
          timed(() => svc.list(subject)),
        ),
      );
      report(label, times);
    }
  }
}

// The cache and the SQLite pool keep the event loop alive: exit explicitly.
main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
