/*
 * FOCUS import throughput against raw csv-parse on the same file:
 *
 *   yarn bench:cost-import [rows]      (default 1 000 000 rows)
 *
 * Writes a generated FOCUS file to a temporary directory, times csv-parse
 * reading it (records counted, nothing else), then importFocus importing it
 * into a SQLite database file (attribution to 500 entities, the store's
 * batched inserts in one transaction), and prints both side by side with
 * the peak RSS. Targets: import ≥ 0.5× csv-parse, ≤ 20 s, peak RSS ≤ 300 MB.
 * Not a test: figures depend on the machine.
 */
import { parse } from 'csv-parse';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { importFocus } from '../src/ingestion/importFocus';
import { sqliteCostStore } from './benchDatabase';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const SERVICES = 500;
const HEADER =
  'ChargePeriodStart,ChargePeriodEnd,BilledCost,EffectiveCost,ListCost,BillingCurrency,ProviderName,ServiceCategory,ServiceName,ChargeCategory,ResourceId,ResourceName,RegionId,Tags';

async function writeFile(path: string) {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  for (let i = 0; i < ROWS; i++) {
    // 5 000 resources, each of one service (20 services unmatched:
    // unallocated), with a row per resource, hour and day as hourly FOCUS
    // exports have
    const resource = i % 5000;
    const day = String((Math.floor(i / 5000 / 24) % 28) + 1).padStart(2, '0');
    const service = `service-${resource % (SERVICES + 20)}`;
    const cost = `${i % 97}.${String(i % 1_000_000).padStart(6, '0')}`;
    const hour = String(Math.floor(i / 5000) % 24).padStart(2, '0');
    const period = `2026-11-${day}T${hour}:00:00Z,2026-11-${day}T${hour}:59:59Z`;
    const tags = `"{""service"":""${service}"",""env"":""production""}"`;
    const line = `${period},${cost},${cost},${cost},USD,AWS,Compute,Amazon EC2,Usage,i-${resource},"node ${resource}, pool a",eu-west-1,${tags}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'cost-bench-'));
  const path = join(dir, 'focus.csv');
  try {
    await writeFile(path);
    const { size } = await stat(path);
    console.log(
      `${ROWS.toLocaleString('en')} rows, ${(size / 1e6).toFixed(0)} MB`,
    );

    let started = performance.now();
    let records = 0;
    for await (const _ of createReadStream(path).pipe(parse())) records++;
    const rawSeconds = (performance.now() - started) / 1000;

    const { knex, store } = await sqliteCostStore(join(dir, 'costs.sqlite'));
    const targets = Array.from({ length: SERVICES }, (_, i) => ({
      entityRef: `component:default/service-${i}`,
      costTags: { service: `service-${i}` },
    }));
    peakRss = 0;
    started = performance.now();
    const result = await importFocus(createReadStream(path), {
      store,
      source: 'bench',
      fileKey: 'focus.csv',
      targets,
    });
    const importSeconds = (performance.now() - started) / 1000;
    await knex.destroy();

    const rate = (seconds: number) =>
      `${Math.round(ROWS / seconds).toLocaleString('en')} rows/s`;
    console.log(
      `csv-parse alone:   ${rawSeconds.toFixed(1)} s (${rate(rawSeconds)}, ${
        records - 1
      } records)`,
    );
    console.log(
      `importFocus→SQLite ${importSeconds.toFixed(1)} s (${rate(
        importSeconds,
      )}, ${result.rowsAccepted} accepted, ${result.status}); target ≤ 20 s`,
    );
    if (result.errors.length) console.log('first error', result.errors[0]);
    console.log(
      `ratio ${(rawSeconds / importSeconds).toFixed(
        2,
      )}× csv-parse (target ≥ 0.5×); peak RSS during the import ${(
        peakRss / 1e6
      ).toFixed(0)} MB (target ≤ 300 MB)`,
    );
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
