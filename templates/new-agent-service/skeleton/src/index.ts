import { sentryEnabled } from './instrument.js';
import * as Sentry from '@sentry/node';
import { SERVICE_NAME, createServer } from './server.js';

const port = Number(process.env.PORT ?? ${{ values.port }});
const SHUTDOWN_TIMEOUT_MS = 10_000;

const server = createServer({
  onError: (err) => {
    if (sentryEnabled) Sentry.captureException(err);
  },
});

server.listen(port, () => {
  console.log(JSON.stringify({ level: 'info', msg: 'listening', service: SERVICE_NAME, port }));
});

let shuttingDown = false;

function shutdown(signal: NodeJS.Signals): void {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(JSON.stringify({ level: 'info', msg: 'shutting down', service: SERVICE_NAME, signal }));

  // Hard deadline: exit within 10 s even if requests are still running.
  setTimeout(() => {
    console.error(JSON.stringify({ level: 'error', msg: 'shutdown timed out', service: SERVICE_NAME }));
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();

  // Stop accepting connections; in-flight requests finish, then close() calls back.
  server.close(async (err) => {
    if (sentryEnabled) await Sentry.close(2_000);
    process.exit(err ? 1 : 0);
  });
  // Idle keep-alive sockets would otherwise hold close() open.
  server.closeIdleConnections();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
