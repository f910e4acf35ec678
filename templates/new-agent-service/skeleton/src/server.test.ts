import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AGENT_TYPE, SERVICE_NAME, SLO_LATENCY_SECONDS, createServer } from './server.js';

describe(SERVICE_NAME, () => {
  let server: Server;
  let baseUrl: string;

  before(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    baseUrl = 'http://127.0.0.1:' + port;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('GET /health answers ok', async () => {
    const res = await fetch(baseUrl + '/health');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('GET /metrics exposes request metrics with the service label', async () => {
    const res = await fetch(baseUrl + '/metrics');
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.match(text, /http_requests_total\{[^}]*service="/);
    assert.match(text, /http_request_duration_seconds_bucket\{/);
    assert.ok(text.includes('route="/health"'), 'counts the earlier /health request');
    assert.ok(text.includes('service="' + SERVICE_NAME + '"'));
    // ENVIRONMENT is unset here: the label says dev
    assert.ok(text.includes('environment="dev"'), 'labels the environment');
    // the SLO's latency target is a bucket boundary of its own
    assert.ok(text.includes('le="' + SLO_LATENCY_SECONDS + '"'), 'has the SLO bucket');
  });

  it('POST /v1/invoke answers with the agent type', async () => {
    const res = await fetch(baseUrl + '/v1/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'ping' }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { agent: string };
    assert.equal(body.agent, AGENT_TYPE);
  });

  it('POST /v1/invoke rejects bad JSON with 400', async () => {
    const res = await fetch(baseUrl + '/v1/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    assert.equal(res.status, 400);
  });

  it('unknown paths answer 404', async () => {
    const res = await fetch(baseUrl + '/nope');
    assert.equal(res.status, 404);
  });
});
