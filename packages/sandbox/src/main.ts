// `yarn workspace sandbox start`: the local demo upstreams of the portal.
import { dirname, resolve } from 'node:path';
import { ensureFocusFiles } from './focus/ensureFocusFiles';
import { FOCUS_PROVIDERS } from './focus/generate';
import { ensureHistory } from './prometheus/ensureHistory';
import { findExecutable } from './prometheus/executables';
import { startGrafanaSlo } from './grafana/server';
import { startKubernetes } from './kubernetes/server';
import { OPENCOST_CLUSTER } from './opencost/allocations';
import { startOpenCost } from './opencost/server';
import { SANDBOX_SENTRY_ORGANIZATION } from './sentry/projects';
import { startSentry } from './sentry/server';
import { DEFAULT_HISTORY, historyEndFor } from './prometheus/history';
import {
  assertPortFree,
  PortInUseError,
  startPrometheus,
} from './prometheus/server';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** Which env var sets which port, for the message when one is taken. */
const portEnvVars = new Map<number, string>();

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name] ?? String(fallback);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} is not a port: ${raw}`);
  }
  if (portEnvVars.has(port)) {
    throw new Error(`${name} and ${portEnvVars.get(port)} are both ${port}`);
  }
  portEnvVars.set(port, name);
  return port;
}

/** Stays alive, doing nothing, until SIGINT or SIGTERM. */
function idleUntilSignal(): Promise<void> {
  return new Promise(done => {
    const timer = setInterval(() => {}, 1 << 30);
    for (const signal of SIGNALS) {
      process.once(signal, () => {
        clearInterval(timer);
        done();
      });
    }
  });
}

async function main() {
  // this file, run as `node … src/main.ts`
  const srcDir = dirname(resolve(process.argv[1]));
  const port = portFromEnv('SANDBOX_PROMETHEUS_PORT', 9090);
  const grafanaPort = portFromEnv('SANDBOX_GRAFANA_PORT', 3100);
  const sentryPort = portFromEnv('SANDBOX_SENTRY_PORT', 3200);
  const kubernetesPort = portFromEnv('SANDBOX_KUBERNETES_PORT', 3300);
  const opencostPort = portFromEnv('SANDBOX_OPENCOST_PORT', 3400);
  // one end for the Prometheus history and the stand-ins that follow it
  const end = historyEndFor(Date.now());

  await writeFocusFiles(srcDir, end);

  // Serves the SLO list even without Prometheus; its queries then answer 502.
  const grafana = await startGrafanaSlo({
    port: grafanaPort,
    prometheusUrl: `http://127.0.0.1:${port}`,
  });
  console.log(
    `Grafana SLO stand-in is ready at ${grafana.url} (${grafana.slos.length} SLOs, any bearer token)`,
  );
  const sentry = await startSentry({ port: sentryPort, historyEnd: end });
  console.log(
    `Sentry stand-in is ready at ${sentry.url} (organization ${SANDBOX_SENTRY_ORGANIZATION}, ${sentry.projects.length} projects, any bearer token)`,
  );
  const kubernetes = await startKubernetes({
    port: kubernetesPort,
    historyEnd: end,
  });
  console.log(
    `Kubernetes stand-in is ready at ${kubernetes.url} (HorizontalPodAutoscalers and their events in namespace agents, any bearer token)`,
  );
  const opencost = await startOpenCost({ port: opencostPort, end });
  console.log(
    `OpenCost stand-in is ready at ${opencost.url} (allocations of the staging cluster ${OPENCOST_CLUSTER}, no auth)`,
  );
  try {
    await runPrometheus(srcDir, port, end);
  } finally {
    await Promise.all([
      grafana.stop(),
      sentry.stop(),
      kubernetes.stop(),
      opencost.stop(),
    ]);
  }
}

/** The FOCUS billing files in `.sandbox/focus` (or `$SANDBOX_FOCUS_DIR`), regenerated when stale. */
async function writeFocusFiles(srcDir: string, end: number) {
  const dir = resolve(
    process.env.SANDBOX_FOCUS_DIR || resolve(srcDir, '../../../.sandbox/focus'),
  );
  const { files, regenerated } = await ensureFocusFiles({
    dir,
    srcDir,
    focus: { end },
  });
  const [first, last] = [files[0], files[files.length - 1]].map(name =>
    name.slice(0, 7),
  );
  console.log(
    `FOCUS billing files are in ${dir} (${
      files.length
    } CSV files, ${first} – ${last}, ${FOCUS_PROVIDERS.length} providers; ${
      regenerated
        ? `generated in ${regenerated.generateMs} ms, ${regenerated.written} written`
        : 'current, reused'
    })`,
  );
}

async function runPrometheus(srcDir: string, port: number, end: number) {
  if (!findExecutable('prometheus') || !findExecutable('promtool')) {
    console.log(
      'Prometheus is not installed: the portal starts without metrics; install the Debian package prometheus',
    );
    await idleUntilSignal();
    return;
  }
  await assertPortFree(port);

  const start = end - DEFAULT_HISTORY.durationSeconds;
  const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 16);
  console.log(
    `Sandbox Prometheus: history ${day(start)} – ${day(end)} UTC, seed ${
      DEFAULT_HISTORY.seed
    }`,
  );
  const { dataDir, regenerated } = await ensureHistory({
    stateDir: resolve(srcDir, '../../../.sandbox/prometheus'),
    srcDir,
    history: { seed: DEFAULT_HISTORY.seed, end },
  });
  console.log(
    regenerated
      ? `Simulated the history in ${regenerated.generateMs} ms, wrote and backfilled it in ${regenerated.backfillMs} ms into ${dataDir}`
      : `Reusing the history in ${dataDir}`,
  );

  const startedAt = Date.now();
  const prometheus = await startPrometheus({ dataDir, port });
  console.log(
    `Prometheus is ready at ${prometheus.url} (${Date.now() - startedAt} ms)`,
  );
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    prometheus.stop(signal).catch(() => {});
  };
  SIGNALS.forEach(signal => process.on(signal, forward));
  const code = await prometheus.exited;
  if (!stopping) {
    console.error(`Prometheus exited unexpectedly (${code})`);
  }
  process.exitCode = code ?? (stopping ? 0 : 1);
}

main().catch(error => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof PortInUseError
      ? `${message}: stop whatever uses it or set ${
          portEnvVars.get(error.port) ?? 'its port'
        }`
      : `sandbox: ${message}`,
  );
  process.exit(1);
});
