import http from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const SERVICE_NAME = '${{ values.name }}';
export const AGENT_TYPE = '${{ values.agentType }}';

/**
 * The latency SLO's target in seconds: a bucket boundary of its own, so
 * the SLO counts exactly the requests faster than it.
 */
export const SLO_LATENCY_SECONDS = ${{ values.slo.p95LatencyMs }} / 1000;

/** Largest request body accepted by POST /v1/invoke (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

const KNOWN_ROUTES = new Set(['/health', '/metrics', '/v1/invoke']);

export interface ServerOptions {
  /** Called for unexpected errors (index.ts reports them to Sentry). */
  onError?: (err: unknown) => void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    throw new HttpError(413, 'request body larger than 1 MiB');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, 'request body larger than 1 MiB');
    }
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    throw new HttpError(400, 'request body must be a JSON document');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/**
 * The agent's work. PLACEHOLDER: it echoes the input back; replace it with
 * the real ${{ values.agentType }} logic.
 */
async function invoke(input: unknown): Promise<unknown> {
  return { echo: input };
}

/** Creates the HTTP server (not listening yet) with its own metrics registry. */
export function createServer(options: ServerOptions = {}): http.Server {
  const registry = new Registry();
  // the environment keeps staging's requests out of production's SLOs and alerts
  registry.setDefaultLabels({
    service: SERVICE_NAME,
    environment: process.env.ENVIRONMENT ?? 'dev',
  });
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests served, by route and status code.',
    labelNames: ['route', 'code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route and status code.',
    labelNames: ['route', 'code'] as const,
    buckets: [
      ...new Set([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, SLO_LATENCY_SECONDS]),
    ].sort((a, b) => a - b),
    registers: [registry],
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, 405, { error: 'method not allowed' });
      }
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path === '/metrics') {
      if (req.method !== 'GET') {
        return sendJson(res, 405, { error: 'method not allowed' });
      }
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(body);
      return;
    }
    if (path === '/v1/invoke') {
      if (req.method !== 'POST') {
        return sendJson(res, 405, { error: 'method not allowed' });
      }
      const input = await readJsonBody(req);
      const result = await invoke(input);
      return sendJson(res, 200, { agent: AGENT_TYPE, result });
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // Unknown paths share one label value to keep metric cardinality bounded.
    const route = KNOWN_ROUTES.has(path) ? path : 'other';
    const stopTimer = duration.startTimer({ route });

    res.on('finish', () => {
      const code = String(res.statusCode);
      requests.inc({ route, code });
      stopTimer({ code });
    });

    handle(req, res, path).catch((err: unknown) => {
      if (err instanceof HttpError) {
        if (err.status === 413) res.setHeader('connection', 'close');
        sendJson(res, err.status, { error: err.message });
        return;
      }
      options.onError?.(err);
      console.error(err);
      if (!res.headersSent) {
        sendJson(res, 500, { error: 'internal error' });
      } else {
        res.destroy();
      }
    });
  });

  // Give clients a clear idea of when idle keep-alive sockets are closed.
  server.keepAliveTimeout = 5_000;
  return server;
}
