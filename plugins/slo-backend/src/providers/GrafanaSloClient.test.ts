import { ForwardedError } from '@backstage/errors';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GrafanaSloClient, GrafanaSloClientOptions } from './GrafanaSloClient';
import { rejectionWithoutSecrets } from '@internal/backend-kit';

const GRAFANA = 'https://grafana.test';
const LIST = `${GRAFANA}/api/plugins/grafana-slo-app/resources/v1/slo`;
const TOKEN = 'glsa_sandboxToken_4e2f9a1c';

const server = setupServer();
registerMswTestHooks(server);

/** One SLO as the Grafana SLO app lists it (Go writes null for absent fields). */
const AVAILABILITY = {
  uuid: 'ogdxz4w0j8vv',
  name: 'api-gateway availability',
  description: '99.5 % of requests answer without a 5xx',
  query: {
    type: 'ratio',
    ratio: {
      successMetric: {
        prometheusMetric:
          'http_requests_total{service="api-gateway",code!~"5.."}',
      },
      totalMetric: {
        prometheusMetric: 'http_requests_total{service="api-gateway"}',
      },
      groupByLabels: [],
    },
    freeform: null,
  },
  objectives: [{ value: 0.995, window: '28d' }],
  labels: [
    { key: 'service', value: 'api-gateway' },
    { key: 'team', value: 'platform-team' },
  ],
  alerting: { fastBurn: { annotations: [], labels: [] }, slowBurn: null },
  destinationDatasource: { uid: 'grafanacloud-prom' },
  drillDownDashboardRef: { uid: 'api-gateway-slo' },
  readOnly: { status: { type: 'created' } },
};

/** A freeform SLO with the fields it may leave out missing or null. */
const FREEFORM = {
  uuid: 'k2n3m4p5q6r7',
  name: 'checkout latency',
  query: {
    type: 'freeform',
    freeform: {
      query:
        'sum(rate(http_request_duration_seconds_bucket{le="0.4"}[$__rate_interval])) / sum(rate(http_request_duration_seconds_count[$__rate_interval]))',
    },
  },
  objectives: [{ value: 0.99, window: '7d' }],
  labels: null,
  description: null,
};

interface Seen {
  url: string;
  method: string;
  authorization: string | null;
}

/** Answers each list request with the next of `answers` (the last repeats). */
function grafana(
  ...answers: Array<() => Response | Promise<Response>>
): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.all(`${GRAFANA}/*`, ({ request }) => {
      seen.push({
        url: request.url,
        method: request.method,
        authorization: request.headers.get('authorization'),
      });
      if (request.method !== 'GET' || request.url !== LIST) {
        return HttpResponse.json({ message: 'Not found' }, { status: 404 });
      }
      return answers[Math.min(seen.length, answers.length) - 1]();
    }),
  );
  return seen;
}

function client(options: Partial<GrafanaSloClientOptions> = {}) {
  return new GrafanaSloClient({
    baseUrl: GRAFANA,
    token: TOKEN,
    timeoutMs: 1_000,
    attempts: 3,
    backoffMs: 1,
    ...options,
  });
}

/** The rejection of `promise`, checked not to reveal the token anywhere. */
function rejection(promise: Promise<unknown>): Promise<Error> {
  return rejectionWithoutSecrets(promise, TOKEN, '4e2f9a1c');
}

describe('GrafanaSloClient', () => {
  it('GETs the SLO list with the bearer token and reads the documented shape', async () => {
    const seen = grafana(() =>
      HttpResponse.json({ slos: [AVAILABILITY, FREEFORM] }),
    );

    const slos = await client({ baseUrl: `${GRAFANA}/` }).listSlos();

    expect(seen).toEqual([
      { url: LIST, method: 'GET', authorization: `Bearer ${TOKEN}` },
    ]);
    expect(slos).toHaveLength(2);
    expect(slos[0]).toMatchObject({
      uuid: 'ogdxz4w0j8vv',
      name: 'api-gateway availability',
      objectives: [{ value: 0.995, window: '28d' }],
      labels: [
        { key: 'service', value: 'api-gateway' },
        { key: 'team', value: 'platform-team' },
      ],
      destinationDatasource: { uid: 'grafanacloud-prom' },
      drillDownDashboardRef: { uid: 'api-gateway-slo' },
      readOnly: { status: { type: 'created' } },
    });
    expect(slos[0].query.ratio?.successMetric?.prometheusMetric).toBe(
      'http_requests_total{service="api-gateway",code!~"5.."}',
    );
    // null reads as absent; no labels read as none
    expect(slos[0].query.freeform).toBeUndefined();
    expect(slos[1]).toMatchObject({ uuid: 'k2n3m4p5q6r7', labels: [] });
    expect(slos[1].description).toBeUndefined();
    expect(slos[1].destinationDatasource).toBeUndefined();
  });

  it('reads an empty list', async () => {
    grafana(() => HttpResponse.json({ slos: [] }));

    await expect(client().listSlos()).resolves.toEqual([]);
  });

  it('retries a 429 as soon as Retry-After: 0 allows, then succeeds', async () => {
    const seen = grafana(
      () =>
        HttpResponse.json(
          { message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '0' } },
        ),
      () => HttpResponse.json({ slos: [AVAILABILITY] }),
    );

    // Only Retry-After: 0 lets the retry happen within the test's time.
    const slos = await client({ backoffMs: 60_000 }).listSlos();

    expect(seen).toHaveLength(2);
    expect(seen[1].authorization).toBe(`Bearer ${TOKEN}`);
    expect(slos.map(s => s.uuid)).toEqual(['ogdxz4w0j8vv']);
  });

  it('gives up after the configured attempts on 503, naming Grafana and the attempts', async () => {
    const seen = grafana(
      () => new HttpResponse('upstream busy', { status: 503 }),
    );

    const error = await rejection(client({ attempts: 2 }).listSlos());

    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(ForwardedError);
    expect(error.message).toContain(
      `Grafana at ${GRAFANA} failed after 2 attempts`,
    );
    expect(error.message).toContain('503');
  });

  it('stops waiting after timeoutMs on each attempt', async () => {
    const seen = grafana(async () => {
      await delay(500);
      return HttpResponse.json({ slos: [] });
    });

    const error = await rejection(
      client({ timeoutMs: 50, attempts: 2 }).listSlos(),
    );

    expect(seen).toHaveLength(2);
    expect(error.message).toContain('Grafana did not answer within 50 ms');
  });

  it.each([401, 403])(
    'reports a refused token (%i) at once, without quoting it',
    async status => {
      const seen = grafana(() =>
        HttpResponse.json({ message: 'invalid API key' }, { status }),
      );

      const error = await rejection(client().listSlos());

      expect(seen).toHaveLength(1); // no retry can mend a token
      expect(error.message).toMatch(
        new RegExp(
          `^Grafana at https://grafana\\.test refused the service-account token \\(${status} .*\\): check slo\\.grafana\\.token`,
        ),
      );
    },
  );

  it('says the SLO app may be missing on a 404', async () => {
    grafana(() => HttpResponse.json({ message: 'Not found' }, { status: 404 }));

    const error = await rejection(client().listSlos());

    expect(error.message).toBe(
      `Grafana at ${GRAFANA} answered 404 for the SLO list: is the Grafana SLO app installed?`,
    );
  });

  it('rejects a body that is not JSON (a login page, say) without retrying', async () => {
    const seen = grafana(
      () =>
        new HttpResponse('<!doctype html><title>Grafana</title>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await rejection(client().listSlos());

    expect(seen).toHaveLength(1);
    expect(error.message).toBe(
      `Grafana at ${GRAFANA} answered the SLO list with a body that is not JSON`,
    );
  });

  it.each([
    ['an object without slos', { items: [] }, 'slos: Required'],
    [
      'an SLO without objectives',
      { slos: [AVAILABILITY, { ...FREEFORM, objectives: [] }] },
      'slos.1.objectives (SLO "checkout latency"): Array must contain at least 1 element(s)',
    ],
    [
      'an objective value given as text',
      {
        slos: [
          { ...AVAILABILITY, objectives: [{ value: '0.995', window: '28d' }] },
        ],
      },
      'slos.0.objectives.0.value (SLO "api-gateway availability"): Expected number, received string',
    ],
    [
      'an SLO without a uuid',
      { slos: [{ ...AVAILABILITY, uuid: undefined }] },
      'slos.0.uuid (SLO "api-gateway availability"): Required',
    ],
    [
      'labels that are not key/value pairs',
      { slos: [{ ...AVAILABILITY, labels: { service: 'api-gateway' } }] },
      'slos.0.labels (SLO "api-gateway availability"): Expected array, received object',
    ],
  ])('rejects %s, saying where', async (_, body, where) => {
    const seen = grafana(() => HttpResponse.json(body));

    const error = await rejection(client().listSlos());

    expect(seen).toHaveLength(1);
    expect(error.message).toBe(
      `Grafana at ${GRAFANA} answered an SLO list that is not { slos: [...] } as documented: ${where}`,
    );
  });

  it('refuses a token a header cannot carry, or none, without quoting it', () => {
    const thrown = (token: string) => {
      try {
        client({ token });
      } catch (error) {
        return error as Error;
      }
      return undefined;
    };

    const multiLine = thrown('glsa_sandbox\n4e2f9a1c');
    expect(multiLine?.message).toBe(
      'The Grafana token holds characters a header cannot carry (a line break or space?)',
    );
    expect(String(multiLine?.stack)).not.toContain('4e2f9a1c');
    expect(thrown('')?.message).toBe(
      'The Grafana SLO API needs a service-account token',
    );
  });
});
