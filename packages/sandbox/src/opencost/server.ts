import { IncomingMessage, ServerResponse } from 'node:http';
import { listenOn, RunningHttpServer, sendJson } from '../http';
import { historyEndFor } from '../prometheus/history';
import { OpenCostAllocation, stagingAllocations } from './allocations';

export interface StartOpenCostOptions {
  /** Listens on 127.0.0.1:`port` (0: any free port). */
  port: number;
  /**
   * Unix seconds: the costs run up to here and no further, and `7d` / `24h`
   * windows end here. Default `historyEndFor(Date.now())`, the next
   * midnight UTC, taken on each request: the end of the FOCUS files and the
   * Prometheus history, so today is charged whole, as in the FOCUS files.
   */
  end?: number;
}

const DAY = 86_400;

class BadRequest extends Error {}

/** `start,end` in RFC 3339, or `Nd` / `Nh` back from `last` (the costs' end), as unix seconds. */
function parseWindow(text: string | null, last: number): [number, number] {
  if (!text) throw new BadRequest('window is required');
  const relative = /^(\d+)([dh])$/.exec(text);
  if (relative) {
    const seconds = Number(relative[1]) * (relative[2] === 'd' ? DAY : 3600);
    return [last - seconds, last];
  }
  const parts = text.split(',');
  const [start, end] = parts.map(part => Date.parse(part) / 1000);
  if (parts.length !== 2 || !Number.isFinite(start) || !Number.isFinite(end)) {
    throw new BadRequest(
      `window must be "start,end" in RFC 3339 or like 7d, not ${text}`,
    );
  }
  if (end <= start) throw new BadRequest('window must end after it starts');
  return [start, end];
}

/** The name an allocation is aggregated under. */
function aggregateKey(
  aggregate: string | null,
): (a: OpenCostAllocation) => string {
  if (!aggregate) return a => a.name;
  if (aggregate === 'namespace') {
    return a =>
      a.name === '__idle__'
        ? a.name
        : a.properties.namespace ?? '__unallocated__';
  }
  if (aggregate === 'cluster') return a => a.properties.cluster;
  const label = /^label:([A-Za-z0-9_.\/-]+)$/.exec(aggregate);
  if (label) {
    return a =>
      a.name === '__idle__'
        ? a.name
        : a.properties.labels?.[label[1]] ?? '__unallocated__';
  }
  throw new BadRequest(
    `aggregate must be namespace, cluster or label:<name>, not ${aggregate}`,
  );
}

const COSTS = [
  'cpuCost',
  'gpuCost',
  'ramCost',
  'pvCost',
  'networkCost',
  'loadBalancerCost',
  'sharedCost',
  'externalCost',
  'totalCost',
] as const;

/** Allocations of one step, summed by their aggregate key. */
function aggregated(
  allocations: OpenCostAllocation[],
  key: (a: OpenCostAllocation) => string,
): Record<string, OpenCostAllocation> {
  const set: Record<string, OpenCostAllocation> = {};
  for (const allocation of allocations) {
    const name = key(allocation);
    const existing = set[name];
    if (!existing) {
      set[name] = { ...allocation, name };
      continue;
    }
    for (const cost of COSTS) {
      existing[cost] =
        Math.round((existing[cost] + allocation[cost]) * 1e6) / 1e6;
    }
  }
  return set;
}

/**
 * A stand-in for OpenCost's allocation API on 127.0.0.1 (no auth, as
 * OpenCost has none): `GET /allocation?window=&aggregate=&step=1d&accumulate=`
 * answers the staging cluster's allocations (see {@link stagingAllocations})
 * in OpenCost's shape, `{ code, status, data: [ { <name>: allocation } ] }`,
 * one set per day when `step=1d` and not `accumulate=true`, nothing after
 * `end` (by default the next midnight UTC, as the FOCUS files: today's set
 * is a whole day, not a day up to the wall clock).
 */
export async function startOpenCost(
  options: StartOpenCostOptions,
): Promise<RunningHttpServer> {
  const endOf = () => options.end ?? historyEndFor(Date.now());

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (req.method !== 'GET' || url.pathname !== '/allocation') {
      sendJson(res, 404, { code: 404, message: `no route ${url.pathname}` });
      return;
    }
    try {
      const costsEnd = endOf();
      const [start, windowEnd] = parseWindow(
        url.searchParams.get('window'),
        costsEnd,
      );
      const end = Math.min(windowEnd, costsEnd);
      const key = aggregateKey(url.searchParams.get('aggregate'));
      const step = url.searchParams.get('step');
      if (step !== null && step !== '1d') {
        throw new BadRequest(`step must be 1d, not ${step}`);
      }
      const accumulate = url.searchParams.get('accumulate') === 'true';
      const steps: Array<[number, number]> = [];
      if (accumulate || step === null) {
        if (start < end) steps.push([start, end]);
      } else {
        for (let s = start; s < end; s += DAY) {
          steps.push([s, Math.min(s + DAY, end)]);
        }
      }
      sendJson(res, 200, {
        code: 200,
        status: 'success',
        data: steps.map(([s, e]) => aggregated(stagingAllocations(s, e), key)),
      });
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendJson(res, 400, { code: 400, message: error.message });
    }
  }

  return listenOn(options.port, handle, message => ({ code: 500, message }));
}
