import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { Client } from 'pg';
import { freePort } from 'sandbox';

/*
 * Boots the real backend with app-config.production.yaml against the
 * throwaway PostgreSQL 15 that `make test` starts and a real Redis, and checks
 * that the catalog is served from PostgreSQL.
 */
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const redisServer = spawnSync('redis-server', ['--version']).status === 0;
const describeWithServers =
  connectionString && redisServer ? describe : describe.skip;

const repoRoot = resolvePath(__dirname, '../../..');
const serviceToken = 'production-config-test-token';

async function waitFor<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}; last error: ${lastError}`,
      );
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describeWithServers('app-config.production.yaml', () => {
  let redis: ChildProcess | undefined;
  let backend: ChildProcess | undefined;
  let baseUrl = '';
  let output = '';

  beforeAll(async () => {
    const db = new URL(connectionString!);
    const redisPort = await freePort();
    const backendPort = await freePort();
    baseUrl = `http://localhost:${backendPort}`;

    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', ''],
      { stdio: 'ignore' },
    );

    backend = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'packages/backend/src/index.ts',
        '--config',
        'app-config.yaml',
        '--config',
        'app-config.production.yaml',
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORTAL_BASE_URL: baseUrl,
          BACKEND_SECRET: 'production-config-test-secret',
          POSTGRES_HOST: db.hostname,
          POSTGRES_PORT: db.port,
          POSTGRES_USER: decodeURIComponent(db.username),
          POSTGRES_PASSWORD: decodeURIComponent(db.password),
          REDIS_URL: `redis://127.0.0.1:${redisPort}`,
          APP_CONFIG_backend_listen: `:${backendPort}`,
          APP_CONFIG_backend_auth_externalAccess: JSON.stringify([
            {
              type: 'static',
              options: { token: serviceToken, subject: 'production-test' },
            },
          ]),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    backend.stdout?.on('data', chunk => (output += chunk));
    backend.stderr?.on('data', chunk => (output += chunk));

    await waitFor(
      'the backend to be ready',
      async () => {
        if (backend?.exitCode !== null) {
          throw new Error(`backend exited:\n${output.slice(-4000)}`);
        }
        const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
        return res.ok ? true : undefined;
      },
      90_000,
    ).catch(error => {
      throw new Error(`${error.message}\n${output.slice(-4000)}`);
    });
  }, 120_000);

  afterAll(async () => {
    await stop(backend);
    await stop(redis);
  });

  it('serves the demo catalog from PostgreSQL', async () => {
    const names = await waitFor(
      'the catalog to ingest the demo services',
      async () => {
        const res = await fetch(
          `${baseUrl}/api/catalog/entities/by-query?filter=kind=component&fields=metadata.name`,
          { headers: { Authorization: `Bearer ${serviceToken}` } },
        );
        const body = await res.json();
        const found: string[] = body.items.map(
          (e: { metadata: { name: string } }) => e.metadata.name,
        );
        return found.length >= 9 ? found : undefined;
      },
      60_000,
    );
    expect(names).toEqual(
      expect.arrayContaining(['api-gateway', 'inventory-backend']),
    );

    const catalogDb = new URL(connectionString!);
    catalogDb.pathname = '/backstage_plugin_catalog';
    const client = new Client({ connectionString: catalogDb.toString() });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM final_entities
          WHERE final_entity LIKE '%"kind":"Component"%'`,
      );
      expect(rows[0].n).toBeGreaterThanOrEqual(9);
    } finally {
      await client.end();
    }
  }, 90_000);

  it('offers the New agent service template, its actions registered', async () => {
    const headers = { Authorization: `Bearer ${serviceToken}` };
    const names = await waitFor(
      'the catalog to ingest the template',
      async () => {
        const res = await fetch(
          `${baseUrl}/api/catalog/entities/by-query?filter=kind=template&fields=metadata.name`,
          { headers },
        );
        const body = await res.json();
        return body.items.length
          ? body.items.map(
              (e: { metadata: { name: string } }) => e.metadata.name,
            )
          : undefined;
      },
      60_000,
    );
    expect(names).toEqual(['new-agent-service']);
    const actions = await (
      await fetch(`${baseUrl}/api/scaffolder/v2/actions`, { headers })
    ).json();
    expect(actions.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([
        'agent-service:terraform:render',
        'agent-service:workflow:await',
      ]),
    );
  }, 90_000);
});
