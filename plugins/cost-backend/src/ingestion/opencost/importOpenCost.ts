import {
  addDays,
  AttributionTarget,
  attributor,
  isDay,
  parseAmount,
} from '@internal/plugin-cost-common';
import { CostStore, StoredCostLine } from '../../database/CostStore';
import { OpenCostAllocation, OpenCostClient } from './OpenCostClient';

/** What {@link importOpenCost} reads and where it writes. */
export interface OpenCostImportOptions {
  client: OpenCostClient;
  store: CostStore;
  /** The source name of its imports */
  source: string;
  /** OpenCost's `aggregate`, e.g. `label:app` */
  aggregate: string;
  /** The cost tag an aggregate's name is matched as, e.g. `service` */
  tag: string;
  /** OpenCost's amounts carry none: the billing currency */
  currency: string;
  /** Days read back, today included */
  lookBackDays: number;
  /** `YYYY-MM-DD`, UTC */
  today: string;
  targets: AttributionTarget[];
}

/** What one run imported. */
export interface OpenCostImportSummary {
  days: number;
  lines: number;
}

/** OpenCost's names for what no workload requested or no label matched. */
const isUnallocatedName = (name: string) => /^__\w+__$/.test(name);

function lineOf(
  allocation: OpenCostAllocation,
  options: OpenCostImportOptions,
  match: (tags: Record<string, string>) => string | undefined,
): StoredCostLine {
  const { name } = allocation;
  const day = allocation.window.start.slice(0, 10);
  if (!isDay(day)) {
    throw new Error(
      `OpenCost's allocation ${name} has a window starting "${allocation.window.start}", not a day`,
    );
  }
  const cluster = allocation.properties?.cluster;
  const entityRef = isUnallocatedName(name)
    ? undefined
    : match({ [options.tag]: name });
  return {
    day,
    ...(entityRef ? { entityRef } : {}),
    provider: cluster ? `Kubernetes (${cluster})` : 'Kubernetes',
    serviceCategory: 'Compute',
    serviceName: 'OpenCost allocation',
    resourceId: `${cluster ?? 'kubernetes'}/${options.aggregate}/${name}`,
    resourceName: name,
    currency: options.currency,
    amount: parseAmount(String(allocation.totalCost)),
  };
}

/**
 * Imports the last `lookBackDays` days of OpenCost allocations, one import
 * per day (file key `day:YYYY-MM-DD`), so each run replaces the days it
 * reads, today's growing figure included, and leaves older days alone. An
 * aggregate's name is attributed as the cost tag `tag` (`service=<name>`);
 * `__idle__` and `__unallocated__` stay unallocated. When OpenCost cannot
 * be read the run is recorded as a failed import with the reason, and
 * throws; the days already imported stay as they were.
 */
export async function importOpenCost(
  options: OpenCostImportOptions,
): Promise<OpenCostImportSummary> {
  const { store, source, today } = options;
  const from = addDays(today, -(options.lookBackDays - 1));
  const byDay = new Map<string, StoredCostLine[]>();
  try {
    const sets = await options.client.dailyAllocations(
      from,
      addDays(today, 1),
      options.aggregate,
    );
    const match = attributor(options.targets);
    for (const allocation of sets.flatMap(set => Object.values(set))) {
      const line = lineOf(allocation, options, match);
      byDay.set(line.day, [...(byDay.get(line.day) ?? []), line]);
    }
  } catch (error) {
    const message = (error as Error).message;
    const id = await store.startImport(source, `window:${from}..${today}`);
    await store.finishImport(id, {
      status: 'failed',
      rowsAccepted: 0,
      rowsRejected: 0,
      error: message,
    });
    throw new Error(
      `OpenCost import ${id} failed, the imported days stay as they were: ${message}`,
    );
  }

  let lines = 0;
  for (const [day, dayLines] of [...byDay].sort()) {
    const id = await store.startImport(source, `day:${day}`);
    try {
      await store.writeImport(id, async write => {
        await write(dayLines);
        return { keep: true };
      });
    } catch (error) {
      await store.finishImport(id, {
        status: 'failed',
        rowsAccepted: 0,
        rowsRejected: 0,
        error: (error as Error).message,
      });
      throw error;
    }
    await store.finishImport(id, {
      status: 'succeeded',
      rowsAccepted: dayLines.length,
      rowsRejected: 0,
    });
    lines += dayLines.length;
  }
  return { days: byDay.size, lines };
}
