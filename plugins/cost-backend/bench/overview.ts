/*
 * The organisation's cost overview over 13 months, on SQLite and PostgreSQL:
 *
 *   yarn bench:cost-overview
 *
 * Loads 13 months (396 days ending today, UTC) of daily lines of 500
 * services (owned by 25 teams, each service with a monthly budget) on 3
 * providers, plus 10 unallocated lines a day: about 600 000 lines, written
 * through the store's own imports (one per month), into a SQLite file and
 * a PostgreSQL database. Then times CostService.overview (the period, the
 * one before it and this month summed by the store, then buildOverview) for
 * this month, the last 30 days and the 13 months, grouped by team, service
 * and provider: 3 warm-up calls, then 20. Prints the load time, the rows and
 * p50/p95 of every case on both databases side by side. Target: ≤ 100 ms.
 *
 * PostgreSQL: a fresh database (dropped at the end) on the server of
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING when it is set, else
 * on a throwaway server from scripts/postgres.sh, stopped at the end.
 * Not a test: figures depend on the machine.
 */
import {
  addDays,
  CostGroupBy,
  eachDay,
  Nanos,
  NANOS_PER_UNIT,
} from '@internal/plugin-cost-common';
import { percentile, timed } from '@internal/backend-kit';
import knexFactory, { Knex } from 'knex';
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CostStore, StoredCostLine } from '../src/database/CostStore';
import { CostService } from '../src/service/CostService';
import { EntityFacts } from '../src/service/overview';
import { migratedCostStore, sqliteCostStore } from './benchDatabase';

const SERVICES = 500;
const TEAMS = 25;
const DAYS = 396;
const UNALLOCATED_PER_DAY = 10;
const WARM_UPS = 3;
const RUNS = 20;
const TARGET_MS = 100;
const POSTGRES_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const postgresScript = resolve(__dirname, '../../../scripts/postgres.sh');

const PROVIDERS = [
  {
    provider: 'AWS',
    serviceCategory: 'Compute',
    serviceName: 'Amazon EC2',
    resource: (service: string) =>
      `arn:aws:ec2:eu-west-1:1:instance/${service}`,
    dollarsPerDay: 20,
  },
  {
    provider: 'Cloudflare',
    serviceCategory: 'Networking',
    serviceName: 'Workers',
    resource: (service: string) => `cf-worker-${service}`,
    dollarsPerDay: 2,
  },
  {
    provider: 'Neon',
    serviceCategory: 'Databases',
    serviceName: 'Neon Postgres',
    resource: (service: string) => `neon-project-${service}`,
    dollarsPerDay: 5,
  },
];

const today = new Date().toISOString().slice(0, 10);
const firstDay = addDays(today, -(DAYS - 1));

/** Dollars as nanos, to the micro-dollar. */
const nanos = (dollars: number): Nanos =>
  BigInt(Math.round(dollars * 1e6)) * 1000n;

/** A service's size: the cost of its resources scales with it. */
const scale = (service: number) => 1 + (service % 40) / 10;

/** A deterministic 0..1 jitter. */
const jitter = (a: number, b: number) =>
  (((a * 2654435761) ^ (b * 40503)) >>> 0) / 2 ** 32;

function linesOf(day: string, index: number): StoredCostLine[] {
  const growth = 1 + (0.3 * index) / DAYS;
  const lines: StoredCostLine[] = [];
  for (let s = 0; s < SERVICES; s++) {
    const name = `service-${s}`;
    PROVIDERS.forEach((p, k) =>
      lines.push({
        day,
        entityRef: `component:default/${name}`,
        provider: p.provider,
        serviceCategory: p.serviceCategory,
        serviceName: p.serviceName,
        resourceId: p.resource(name),
        resourceName: `${name} (${p.serviceName})`,
        currency: 'USD',
        amount: nanos(
          p.dollarsPerDay *
            scale(s) *
            growth *
            (0.9 + 0.2 * jitter(s * 3 + k, index)),
        ),
      }),
    );
  }
  for (let u = 0; u < UNALLOCATED_PER_DAY; u++) {
    lines.push({
      day,
      provider: 'AWS',
      serviceCategory: 'Storage',
      serviceName: 'Amazon S3',
      resourceId: `arn:aws:s3:::untagged-${u}`,
      currency: 'USD',
      amount: nanos(3 * (0.5 + jitter(u, index))),
    });
  }
  return lines;
}

const entities: EntityFacts[] = Array.from({ length: SERVICES }, (_, s) => ({
  entityRef: `component:default/service-${s}`,
  label: `Service ${s}`,
  owner: `group:default/team-${s % TEAMS}`,
  // about 30 days of its spend; one in seven is short of it
  monthlyBudget:
    BigInt(Math.round(30 * 27 * scale(s) * (s % 7 === 0 ? 1 : 1.4))) *
    NANOS_PER_UNIT,
  dependsOn: [],
  dependents: 0,
}));

/** Writes the 13 months through the store's imports, one per month. */
async function load(store: CostStore): Promise<void> {
  const days = eachDay(firstDay, today);
  const months = [...new Set(days.map(day => day.slice(0, 7)))];
  for (const month of months) {
    const importId = await store.startImport('bench', `costs-${month}.csv`);
    let rows = 0;
    await store.writeImport(importId, async write => {
      for (const [index, day] of days.entries()) {
        if (!day.startsWith(month)) continue;
        const lines = linesOf(day, index);
        await write(lines);
        rows += lines.length;
      }
      return { keep: true };
    });
    await store.finishImport(importId, {
      status: 'succeeded',
      rowsAccepted: rows,
      rowsRejected: 0,
    });
  }
}

const RANGES = [
  { label: 'month-to-date', from: `${today.slice(0, 7)}-01` },
  { label: 'last 30 days', from: addDays(today, -29) },
  { label: '13 months', from: firstDay },
];
const GROUP_BYS: CostGroupBy[] = ['team', 'service', 'provider'];
const CASES = RANGES.flatMap(range =>
  GROUP_BYS.map(groupBy => ({
    label: `${range.label} (${
      eachDay(range.from, today).length
    } d), ${groupBy}`,
    from: range.from,
    groupBy,
  })),
);

interface Figures {
  database: string;
  loadSeconds: number;
  rows: number;
  /** Per case, milliseconds */
  samples: number[][];
}

async function measure(
  database: string,
  knex: Knex,
  store: CostStore,
): Promise<Figures> {
  console.log(`${database}: loading…`);
  const started = performance.now();
  await load(store);
  const loadSeconds = (performance.now() - started) / 1000;
  if (knex.client.config.client === 'pg') {
    // what autovacuum does shortly after a large import
    await knex.raw('ANALYZE cost_lines');
  }
  const [{ rows }] = await knex('cost_lines').count({ rows: '*' });
  const service = new CostService({
    store,
    dependents: async () => 1,
    thresholds: { warning: 0.8, critical: 0.96 },
    currency: 'USD',
  });
  const samples: number[][] = [];
  for (const { label, from, groupBy } of CASES) {
    console.log(`${database}: ${label}`);
    const run = () => service.overview(from, today, groupBy, entities);
    for (let i = 0; i < WARM_UPS; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timed(run));
    samples.push(times.sort((a, b) => a - b));
  }
  return { database, loadSeconds, rows: Number(rows), samples };
}

async function onSqlite(): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'cost-overview-bench-'));
  try {
    const { knex, store } = await sqliteCostStore(join(dir, 'costs.sqlite'));
    try {
      return await measure('SQLite', knex, store);
    } finally {
      await knex.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The throwaway server's data directory while it runs, to stop it on ^C. */
let serverDir: string | undefined;
const stopServer = () => {
  if (serverDir) execFileSync(postgresScript, ['stop', serverDir]);
  serverDir = undefined;
};
process.once('SIGINT', () => {
  stopServer();
  process.exit(130);
});

async function onPostgres(): Promise<Figures> {
  let server = process.env[POSTGRES_ENV];
  if (server) {
    console.log(`PostgreSQL: the server of ${POSTGRES_ENV}`);
  } else {
    const { stdout } = await promisify(execFile)(postgresScript, ['start']);
    const [dir, connection] = stdout.trim().split(' ');
    serverDir = dir;
    server = connection;
    console.log(`PostgreSQL: a throwaway server (scripts/postgres.sh)`);
  }
  try {
    const name = `cost_overview_bench_${randomBytes(6).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: server });
    try {
      await admin.raw(`CREATE DATABASE ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      const knex = knexFactory({ client: 'pg', connection: url.toString() });
      try {
        const version = await knex.raw('SHOW server_version');
        console.log(`PostgreSQL ${version.rows[0].server_version}, ${name}`);
        return await measure('PostgreSQL', knex, await migratedCostStore(knex));
      } finally {
        await knex.destroy();
        await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    } finally {
      await admin.destroy();
    }
  } finally {
    stopServer();
  }
}

function print(figures: Figures[]) {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  const cell = (samples: number[]) => {
    const p95 = percentile(samples, 95);
    return `${ms(percentile(samples, 50))} ${ms(p95)}  ${
      p95 <= TARGET_MS ? 'met    ' : 'NOT met'
    }`;
  };
  const width = Math.max(...CASES.map(c => c.label.length)) + 2;
  console.log();
  console.log(
    `CostService.overview, ${RUNS} runs after ${WARM_UPS} warm-ups, ms; target p95 ≤ ${TARGET_MS} ms`,
  );
  console.log(
    `${''.padEnd(width)}${figures.map(f => f.database.padEnd(25)).join('   ')}`,
  );
  console.log(
    `${'case'.padEnd(width)}${figures
      .map(() => '    p50     p95  target  ')
      .join('   ')}`,
  );
  CASES.forEach((c, i) =>
    console.log(
      `${c.label.padEnd(width)}${figures
        .map(f => cell(f.samples[i]))
        .join('     ')}`,
    ),
  );
  for (const f of figures) {
    console.log(
      `${f.database}: ${f.rows.toLocaleString(
        'en',
      )} lines loaded in ${f.loadSeconds.toFixed(1)} s (${Math.round(
        f.rows / f.loadSeconds,
      ).toLocaleString('en')} rows/s)`,
    );
  }
}

async function main() {
  console.log(
    `${SERVICES} services, ${TEAMS} teams, ${PROVIDERS.length} providers, ${firstDay}..${today} (${DAYS} days)`,
  );
  const figures = [await onSqlite(), await onPostgres()];
  print(figures);
}

main().catch(error => {
  stopServer();
  console.error(error);
  process.exit(1);
});
