import { IncomingMessage, ServerResponse } from 'node:http';
import { hasBearerToken, listenOn, RunningHttpServer, sendJson } from '../http';
import { rewriteSliQuery } from './rewrite';
import {
  SANDBOX_PROMETHEUS_DATASOURCE_UID,
  SandboxGrafanaSlo,
  sandboxGrafanaSlos,
} from './slos';

export interface StartGrafanaSloOptions {
  /** Listens on 127.0.0.1:`port` (0: any free port). */
  port: number;
  /** The sandbox Prometheus the data source proxy forwards to, e.g. `http://127.0.0.1:9090`. */
  prometheusUrl: string;
  /** Default: one availability SLO per demo service. */
  slos?: SandboxGrafanaSlo[];
  /** How long to wait for Prometheus (default 30 s). */
  prometheusTimeoutMs?: number;
}

export interface RunningGrafanaSlo extends RunningHttpServer {
  slos: SandboxGrafanaSlo[];
}

const SLO_LIST = '/api/plugins/grafana-slo-app/resources/v1/slo';
const PROXY =
  /^\/api\/datasources\/proxy\/uid\/([^/]+)\/api\/v1\/(query|query_range)$/;
const MAX_BODY_BYTES = 1 << 20;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The query parameters of a Prometheus API request: URL and form body, as Prometheus merges them. */
async function prometheusParams(
  req: IncomingMessage,
  url: URL,
): Promise<URLSearchParams> {
  const params = new URLSearchParams(url.searchParams);
  if (
    req.method === 'POST' &&
    (req.headers['content-type'] ?? '').startsWith(
      'application/x-www-form-urlencoded',
    )
  ) {
    for (const [key, value] of new URLSearchParams(await readBody(req))) {
      params.set(key, value);
    }
  }
  return params;
}

/**
 * A stand-in for Grafana with the SLO app, on 127.0.0.1: the SLO list
 * (`GET /api/plugins/grafana-slo-app/resources/v1/slo`) and the data source
 * proxy of the sandbox Prometheus (`/api/datasources/proxy/uid/sandbox-prometheus/api/v1/query|query_range`),
 * where the SLI recording rules Grafana would write are computed from the
 * raw counters (see {@link rewriteSliQuery}). Every route wants
 * `Authorization: Bearer <any non-empty token>`.
 */
export async function startGrafanaSlo(
  options: StartGrafanaSloOptions,
): Promise<RunningGrafanaSlo> {
  const slos = options.slos ?? sandboxGrafanaSlos();
  const prometheusUrl = options.prometheusUrl.replace(/\/+$/, '');
  const timeoutMs = options.prometheusTimeoutMs ?? 30_000;

  async function proxy(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    endpoint: string,
  ) {
    const params = await prometheusParams(req, url);
    const rewrite = rewriteSliQuery(params.get('query') ?? '', slos);
    if (rewrite.kind === 'empty') {
      sendJson(res, 200, {
        status: 'success',
        data: {
          resultType: endpoint === 'query' ? 'vector' : 'matrix',
          result: [],
        },
      });
      return;
    }
    if (params.has('query')) params.set('query', rewrite.query);
    let answer: Response;
    try {
      answer = await fetch(`${prometheusUrl}/api/v1/${endpoint}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: params,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      sendJson(res, 502, {
        status: 'error',
        errorType: 'unavailable',
        error: `the sandbox Prometheus at ${prometheusUrl} does not answer: ${
          (error as Error).message
        }`,
      });
      return;
    }
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, {
      'Content-Type': answer.headers.get('content-type') ?? 'application/json',
      'Content-Length': body.length,
    });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!hasBearerToken(req)) {
      sendJson(res, 401, { message: 'Unauthorized' });
      return;
    }
    if (url.pathname === SLO_LIST) {
      if (req.method !== 'GET') {
        sendJson(res, 405, { message: 'Method not allowed' });
        return;
      }
      sendJson(res, 200, { slos });
      return;
    }
    const match = PROXY.exec(url.pathname);
    if (match) {
      if (decodeURIComponent(match[1]) !== SANDBOX_PROMETHEUS_DATASOURCE_UID) {
        sendJson(res, 404, { message: 'Data source not found' });
      } else if (req.method !== 'GET' && req.method !== 'POST') {
        sendJson(res, 405, { message: 'Method not allowed' });
      } else {
        await proxy(req, res, url, match[2]);
      }
      return;
    }
    sendJson(res, 404, { message: 'Not found' });
  }

  const server = await listenOn(options.port, handle, message => ({
    message,
  }));
  return { ...server, slos };
}
