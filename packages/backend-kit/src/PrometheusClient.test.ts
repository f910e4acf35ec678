import { ForwardedError } from '@backstage/errors';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { delay, http, HttpResponse } from 'msw';
import { freePort } from 'sandbox';
import { setupServer } from 'msw/node';
import {
  PrometheusClient,
  PrometheusClientOptions,
  PrometheusQueryError,
} from './PrometheusClient';
import { rejectionWithoutSecrets } from './rejectionWithoutSecrets';

// Captured before msw patches the global fetch in its beforeAll hook.
const realFetch = globalThis.fetch;

const BASE = 'http://prometheus.test:9090';
const TOKEN = 'prom-token-5f1c9e7a';
const QUERY =
  '(sum(increase(http_requests_total{code!~"5.."}[30d])) or vector(0)) / sum(increase(http_requests_total[30d]))';
const AT = 1773144000; // 2026-03-10T12:00:00Z

const server = setupServer();
registerMswTestHooks(server);

interface Seen {
  url: string;
  method: string;
  contentType: string | null;
  authorization: string | null;
  form: Record<string, string>;
}

/** Answers each request to `endpoint` with the next of `answers` (the last repeats). */
function prometheus(
  endpoint: 'query' | 'query_range',
  ...answers: Array<() => Response | Promise<Response>>
): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.post(`${BASE}/api/v1/${endpoint}`, async ({ request }) => {
      seen.push({
        url: request.url,
        method: request.method,
        contentType: request.headers.get('content-type'),
        authorization: request.headers.get('authorization'),
        form: Object.fromEntries(new URLSearchParams(await request.text())),
      });
      return answers[Math.min(seen.length, answers.length) - 1]();
    }),
  );
  return seen;
}

const vector = (result: unknown[]) => () =>
  HttpResponse.json({
    status: 'success',
    data: { resultType: 'vector', result },
  });

function client(options: Partial<PrometheusClientOptions> = {}) {
  return new PrometheusClient({
    baseUrl: BASE,
    token: TOKEN,
    timeoutMs: 1_000,
    attempts: 3,
    backoffMs: 1,
    ...options,
  });
}

/** The rejection of `promise`, checked not to reveal the token anywhere. */
function rejection(promise: Promise<unknown>, token = TOKEN): Promise<Error> {
  return rejectionWithoutSecrets(promise, token);
}

describe('PrometheusClient', () => {
  describe('query', () => {
    it('POSTs the query and time as a form, with the bearer token', async () => {
      const seen = prometheus('query', vector([]));

      await client().query(QUERY, AT);

      expect(seen).toEqual([
        {
          url: `${BASE}/api/v1/query`,
          method: 'POST',
          contentType: 'application/x-www-form-urlencoded',
          authorization: `Bearer ${TOKEN}`,
          form: { query: QUERY, time: '1773144000' },
        },
      ]);
    });

    it('sends no Authorization header without a token, and tolerates a trailing slash', async () => {
      const seen = prometheus('query', vector([]));

      await client({ token: undefined, baseUrl: `${BASE}/` }).query(QUERY, AT);

      expect(seen).toHaveLength(1);
      expect(seen[0].url).toBe(`${BASE}/api/v1/query`);
      expect(seen[0].authorization).toBeNull();
    });

    it('parses a vector, keeping "NaN" (no traffic) as NaN', async () => {
      prometheus(
        'query',
        vector([
          { metric: { service: 'api-gateway' }, value: [AT, '0.9995'] },
          { metric: { service: 'idle' }, value: [AT, 'NaN'] },
          { metric: { service: 'zero' }, value: [AT, '0'] },
        ]),
      );

      const samples = await client().query(QUERY, AT);

      expect(samples).toEqual([
        { metric: { service: 'api-gateway' }, time: AT, value: 0.9995 },
        { metric: { service: 'idle' }, time: AT, value: NaN },
        { metric: { service: 'zero' }, time: AT, value: 0 },
      ]);
      expect(Number.isNaN(samples[1].value)).toBe(true);
    });

    it('parses a scalar as one sample without labels', async () => {
      prometheus('query', () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'scalar', result: [AT, '1'] },
        }),
      );

      await expect(client().query('vector(1)', AT)).resolves.toEqual([
        { metric: {}, time: AT, value: 1 },
      ]);
    });

    it('parses an empty vector (no total series) as no samples', async () => {
      prometheus('query', vector([]));

      await expect(client().query(QUERY, AT)).resolves.toEqual([]);
    });
  });

  describe('queryRange', () => {
    it('POSTs start, end and step and answers every series of the matrix', async () => {
      const seen = prometheus('query_range', () =>
        HttpResponse.json({
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [
              {
                metric: { route: '/a' },
                values: [
                  [AT - 60, '0.99'],
                  [AT, '0.98'],
                ],
              },
              { metric: { route: '/b' }, values: [[AT, 'NaN']] },
            ],
          },
        }),
      );

      const series = await client().queryRange(QUERY, {
        start: AT - 60,
        end: AT,
        stepSeconds: 60,
      });

      expect(seen.map(s => s.form)).toEqual([
        {
          query: QUERY,
          start: String(AT - 60),
          end: String(AT),
          step: '60',
        },
      ]);
      expect(series).toEqual([
        {
          metric: { route: '/a' },
          points: [
            { time: AT - 60, value: 0.99 },
            { time: AT, value: 0.98 },
          ],
        },
        { metric: { route: '/b' }, points: [{ time: AT, value: NaN }] },
      ]);
    });
  });

  describe('failures', () => {
    it('retries a 429 as soon as Retry-After: 0 allows, then succeeds', async () => {
      const seen = prometheus(
        'query',
        () =>
          HttpResponse.json(
            { status: 'error', errorType: 'unavailable', error: 'slow down' },
            { status: 429, headers: { 'Retry-After': '0' } },
          ),
        vector([{ metric: {}, value: [AT, '0.999'] }]),
      );

      // A backoff far beyond the test timeout: only Retry-After: 0 lets the
      // retry happen in time.
      const samples = await client({ backoffMs: 60_000 }).query(QUERY, AT);

      expect(seen).toHaveLength(2);
      expect(seen[1].authorization).toBe(`Bearer ${TOKEN}`);
      expect(samples).toEqual([{ metric: {}, time: AT, value: 0.999 }]);
    });

    it('gives up after the configured attempts on 503, naming them', async () => {
      const seen = prometheus('query', () =>
        HttpResponse.json(
          { status: 'error', errorType: 'unavailable', error: 'overloaded' },
          { status: 503 },
        ),
      );

      const error = await rejection(client({ attempts: 3 }).query(QUERY, AT));

      expect(seen).toHaveLength(3);
      expect(error).toBeInstanceOf(ForwardedError);
      expect(error.message).toContain(
        `Prometheus at ${BASE} failed after 3 attempts`,
      );
      expect(error.message).toContain('503');
    });

    it('does not retry a query Prometheus rejects, and names the query', async () => {
      const seen = prometheus('query', () =>
        HttpResponse.json(
          {
            status: 'error',
            errorType: 'bad_data',
            error:
              '1:14: parse error: unexpected identifier "increas" in aggregation',
          },
          { status: 400 },
        ),
      );
      const bad = 'sum(increas(http_requests_total[30d]))';

      const error = await rejection(client().query(bad, AT));

      expect(seen).toHaveLength(1);
      expect(error).toBeInstanceOf(PrometheusQueryError);
      expect((error as PrometheusQueryError).query).toBe(bad);
      expect(error.message).toBe(
        `Prometheus rejected "${bad}": 1:14: parse error: unexpected identifier "increas" in aggregation`,
      );
    });

    it('reports a body that is not JSON', async () => {
      prometheus(
        'query',
        () =>
          new HttpResponse('<html><body>Bad gateway</body></html>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
      );

      const error = await rejection(client({ attempts: 1 }).query(QUERY, AT));

      expect(error.message).toContain(
        'Prometheus answered 200 with a body that is not JSON',
      );
    });

    it('reports JSON that is not a Prometheus answer', async () => {
      prometheus('query', () => HttpResponse.json({ hello: 'world' }));

      const error = await rejection(client({ attempts: 1 }).query(QUERY, AT));

      expect(error.message).toContain(
        'Prometheus answered 200 with JSON that is not a Prometheus answer',
      );
    });

    it('rejects a malformed vector, naming the query, without retrying', async () => {
      const seen = prometheus('query', () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: 1 }] },
        }),
      );

      const error = await rejection(client().query(QUERY, AT));

      expect(seen).toHaveLength(1);
      expect(error).toBeInstanceOf(PrometheusQueryError);
      expect(error.message).toBe(
        `Prometheus rejected "${QUERY}": the vector in the answer is malformed`,
      );
    });

    it('rejects a vector query that answers a matrix', async () => {
      prometheus('query', () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'matrix', result: [] },
        }),
      );

      const error = await rejection(client().query(QUERY, AT));

      expect(error).toBeInstanceOf(PrometheusQueryError);
      expect(error.message).toContain('expected a vector, got a matrix');
    });

    it('stops waiting after timeoutMs on each attempt', async () => {
      const seen = prometheus('query', async () => {
        await delay(500);
        return vector([])();
      });

      const error = await rejection(
        client({ timeoutMs: 50, attempts: 2 }).query(QUERY, AT),
      );

      expect(seen).toHaveLength(2);
      expect(error).toBeInstanceOf(ForwardedError);
      expect(error.message).toContain('failed after 2 attempts');
      expect(error.message).toContain('Prometheus did not answer within 50 ms');
    });

    it('reports a refused connection', async () => {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;

      const error = await rejection(
        client({ baseUrl, fetch: realFetch, attempts: 2 }).query(QUERY, AT),
      );

      expect(error).toBeInstanceOf(ForwardedError);
      expect(error.message).toContain(
        `Prometheus at ${baseUrl} failed after 2 attempts`,
      );
      expect(error.message).toContain('fetch failed');
    });

    it('refuses a token that is not a valid header value without quoting it', () => {
      // e.g. a line break from a multi-line secret file
      const token = 'prom-token\n5f1c9e7a';
      let thrown: Error | undefined;
      try {
        client({ token });
      } catch (error) {
        thrown = error as Error;
      }
      expect(thrown?.message).toMatch(/characters a header cannot carry/);
      expect(String(thrown?.stack)).not.toContain('5f1c9e7a');
    });
  });
});
