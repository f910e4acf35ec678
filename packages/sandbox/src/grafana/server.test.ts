import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { freePort } from '../freePort';
import { PortInUseError } from '../prometheus/server';
import { RunningGrafanaSlo, startGrafanaSlo } from './server';
import { sandboxGrafanaSlos } from './slos';

/*
 * The stand-in against a fake Prometheus (node:http) that records what it is
 * asked and answers a canned body; the real Prometheus behind it is
 * exercised by slo-backend's GrafanaSloProvider.integration.test.ts.
 */

interface Forwarded {
  method?: string;
  path?: string;
  contentType?: string;
  form: Record<string, string>;
}

const slos = sandboxGrafanaSlos(['api-gateway', 'orchestrator']);
const gateway = slos[0].uuid;
const AUTH = { Authorization: 'Bearer sandbox' };

let prometheus: Server;
let forwarded: Forwarded[];
let answer: { status: number; body: string; contentType: string };
let grafana: RunningGrafanaSlo;

beforeAll(async () => {
  prometheus = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      forwarded.push({
        method: req.method,
        path: req.url,
        contentType: req.headers['content-type'],
        form: Object.fromEntries(new URLSearchParams(body)),
      });
      res.writeHead(answer.status, { 'Content-Type': answer.contentType });
      res.end(answer.body);
    });
  });
  await new Promise<void>(done => prometheus.listen(0, '127.0.0.1', done));
  const { port } = prometheus.address() as AddressInfo;
  grafana = await startGrafanaSlo({
    port: 0,
    prometheusUrl: `http://127.0.0.1:${port}/`,
    slos,
  });
});

beforeEach(() => {
  forwarded = [];
  answer = {
    status: 200,
    contentType: 'application/json',
    body: '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795176000,"0.9987"]}]}}',
  };
});

afterAll(async () => {
  await grafana?.stop();
  await new Promise(done => prometheus?.close(done));
});

const post = (
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = AUTH,
) =>
  fetch(`${grafana.url}${path}`, {
    method: 'POST',
    headers: {
      ...headers,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form),
  });

const PROXY = '/api/datasources/proxy/uid/sandbox-prometheus/api/v1';
const RATIO_1H =
  '(sum(increase(http_requests_total{service="api-gateway",code!~"5.."}[1h])) or vector(0)) / sum(increase(http_requests_total{service="api-gateway"}[1h]))';

describe('startGrafanaSlo', () => {
  it('lists the SLOs as the Grafana SLO app does, to any bearer token', async () => {
    const res = await fetch(
      `${grafana.url}/api/plugins/grafana-slo-app/resources/v1/slo`,
      { headers: AUTH },
    );

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ slos });
  });

  it.each([
    ['no Authorization header', {}],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['basic auth', { Authorization: 'Basic YWRtaW46YWRtaW4=' }],
  ])('answers 401 to %s', async (_, headers) => {
    const list = await fetch(
      `${grafana.url}/api/plugins/grafana-slo-app/resources/v1/slo`,
      { headers },
    );
    const query = await post(`${PROXY}/query`, { query: 'up' }, headers);

    expect([list.status, query.status]).toEqual([401, 401]);
    expect(await list.json()).toEqual({ message: 'Unauthorized' });
    expect(forwarded).toEqual([]);
  });

  it('forwards a POSTed SLI query as the ratio on the raw counters, with its time', async () => {
    const res = await post(`${PROXY}/query`, {
      query: `grafana_slo_sli_1h{grafana_slo_uuid="${gateway}"}`,
      time: '1795176000',
    });

    expect(forwarded).toEqual([
      {
        method: 'POST',
        path: '/api/v1/query',
        contentType: 'application/x-www-form-urlencoded',
        form: { query: RATIO_1H, time: '1795176000' },
      },
    ]);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(answer.body);
  });

  it('reads a GET query string and forwards query_range parameters', async () => {
    const params = new URLSearchParams({
      query: `grafana_slo_sli_1h{grafana_slo_uuid="${gateway}"}`,
      start: '1795000000',
      end: '1795176000',
      step: '86400',
    });

    await fetch(`${grafana.url}${PROXY}/query_range?${params}`, {
      headers: AUTH,
    });

    expect(forwarded.map(f => [f.path, f.form])).toEqual([
      [
        '/api/v1/query_range',
        {
          query: RATIO_1H,
          start: '1795000000',
          end: '1795176000',
          step: '86400',
        },
      ],
    ]);
  });

  it("returns Prometheus' answer unchanged, errors included", async () => {
    answer = {
      status: 400,
      contentType: 'application/json',
      body: '{"status":"error","errorType":"bad_data","error":"1:5: parse error"}',
    };

    const res = await post(`${PROXY}/query`, { query: 'sum(' });

    expect(forwarded[0].form).toEqual({ query: 'sum(' });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(answer.body);
  });

  it('answers an empty result for an unknown SLO without asking Prometheus', async () => {
    const query = 'grafana_slo_sli_window{grafana_slo_uuid="unknown"}';

    const instant = await post(`${PROXY}/query`, { query });
    const range = await post(`${PROXY}/query_range`, {
      query,
      start: '0',
      end: '60',
      step: '60',
    });

    expect(await instant.json()).toEqual({
      status: 'success',
      data: { resultType: 'vector', result: [] },
    });
    expect(await range.json()).toEqual({
      status: 'success',
      data: { resultType: 'matrix', result: [] },
    });
    expect(forwarded).toEqual([]);
  });

  it('knows no other data source and no other route', async () => {
    const other = await post(
      '/api/datasources/proxy/uid/grafanacloud-prom/api/v1/query',
      { query: 'up' },
    );
    const route = await fetch(`${grafana.url}/api/dashboards/uid/x`, {
      headers: AUTH,
    });

    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ message: 'Data source not found' });
    expect(route.status).toBe(404);
    expect(forwarded).toEqual([]);
  });

  it('answers 502 while Prometheus does not answer, and still lists the SLOs', async () => {
    const down = await startGrafanaSlo({
      port: 0,
      prometheusUrl: `http://127.0.0.1:${await freePort()}`,
      slos,
    });
    try {
      const query = await fetch(
        `${down.url}${PROXY}/query?query=${encodeURIComponent(
          `grafana_slo_sli_5m{grafana_slo_uuid="${gateway}"}`,
        )}`,
        { headers: AUTH },
      );
      const list = await fetch(
        `${down.url}/api/plugins/grafana-slo-app/resources/v1/slo`,
        { headers: AUTH },
      );

      expect(query.status).toBe(502);
      expect(await query.json()).toMatchObject({
        status: 'error',
        errorType: 'unavailable',
        error: expect.stringMatching(
          /^the sandbox Prometheus at .* does not answer/,
        ),
      });
      expect(list.status).toBe(200);
    } finally {
      await down.stop();
    }
  });

  it('rejects with PortInUseError when the port is taken', async () => {
    const port = Number(new URL(grafana.url).port);

    await expect(
      startGrafanaSlo({ port, prometheusUrl: 'http://127.0.0.1:1' }),
    ).rejects.toBeInstanceOf(PortInUseError);
  });
});
