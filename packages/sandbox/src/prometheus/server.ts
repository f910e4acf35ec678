import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartPrometheusOptions {
  /** The TSDB directory with the backfilled blocks. */
  dataDir: string;
  port: number;
  /** The prometheus binary (default `prometheus` on the PATH). */
  binary?: string;
  /** How long to wait for `/-/ready` (default 60 s). */
  readyTimeoutMs?: number;
}

export interface RunningPrometheus {
  /** Base URL, e.g. `http://127.0.0.1:9090`. */
  url: string;
  /** Resolves with the exit code (null after a signal) once Prometheus has exited. */
  exited: Promise<number | null>;
  /** Sends the signal (default SIGTERM) and waits until Prometheus has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use on 127.0.0.1`);
    this.name = 'PortInUseError';
  }
}

/** Rejects with a PortInUseError when something listens on 127.0.0.1:`port`. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

const CONFIG = `# Written by the sandbox: nothing to scrape, the history is backfilled.
global:
  evaluation_interval: 1m
`;

/**
 * Starts Prometheus on 127.0.0.1:`port` over an existing TSDB (retention
 * 400 days, so backfilled blocks are kept) and resolves once `/-/ready`
 * answers 200.
 */
export async function startPrometheus(
  options: StartPrometheusOptions,
): Promise<RunningPrometheus> {
  const { dataDir, port, binary = 'prometheus' } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  await assertPortFree(port);

  const configDir = await mkdtemp(join(tmpdir(), 'sandbox-prometheus-'));
  const configFile = join(configDir, 'prometheus.yml');
  await writeFile(configFile, CONFIG);

  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${dataDir}`,
      '--storage.tsdb.retention.time=400d',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keepLog = (data: Buffer) => {
    log = (log + data).slice(-4000);
  };
  child.stdout.on('data', keepLog);
  child.stderr.on('data', keepLog);

  let exitCode: number | null | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>(resolve => {
    child.once('error', error => {
      spawnError = error;
      resolve(null);
    });
    child.once('exit', code => resolve(code));
  })
    .then(code => {
      exitCode = code;
      return code;
    })
    .finally(() => rm(configDir, { recursive: true, force: true }));

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (exitCode === undefined) {
      child.kill(signal);
    }
    await exited;
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (spawnError) {
      throw new Error(`Could not start ${binary}: ${spawnError.message}`);
    }
    if (exitCode !== undefined) {
      throw new Error(
        `Prometheus exited with ${exitCode} before it was ready:\n${log.trim()}`,
      );
    }
    try {
      const response = await fetch(`${url}/-/ready`, {
        signal: AbortSignal.timeout(1000),
      });
      if (response.ok) {
        return { url, exited, stop };
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(
        `Prometheus was not ready within ${readyTimeoutMs} ms:\n${log.trim()}`,
      );
    }
    await sleep(100);
  }
}
