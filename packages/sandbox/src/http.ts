import { AddressInfo } from 'node:net';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { PortInUseError } from './prometheus/server';

/** Answers `body` as JSON with `status` and any extra headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** True when the request carries `Authorization: Bearer <non-empty token>`. */
export function hasBearerToken(req: IncomingMessage): boolean {
  return /^Bearer\s+\S+/.test(req.headers.authorization ?? '');
}

/** A stand-in listening on 127.0.0.1. */
export interface RunningHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:3100`. */
  url: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/**
 * Serves `handle` on 127.0.0.1:`port` (0: any free port). A handler that
 * throws is answered 500 with `errorBody(message)`; a taken port rejects with
 * a {@link PortInUseError}.
 */
export async function listenOn(
  port: number,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  errorBody: (message: string) => unknown,
): Promise<RunningHttpServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      if (!res.headersSent) {
        sendJson(res, 500, errorBody((error as Error).message));
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
