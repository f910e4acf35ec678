import fs from 'fs';
import path from 'path';
import { parseOpenSlo } from './openSlo';

const servicesDir = path.resolve(__dirname, '../../../../catalog/services');

function demoFile(service: string): string {
  return fs.readFileSync(path.join(servicesDir, service, 'slo.yaml'), 'utf8');
}

const GOOD = 'http_requests_total{service="svc",code!~"5.."}';
const BAD = 'http_requests_total{service="svc",code=~"5.."}';
const TOTAL = 'http_requests_total{service="svc"}';

function sli(name: string, good = GOOD) {
  return `
apiVersion: openslo/v1
kind: SLI
metadata:
  name: ${name}
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: ${good}
    total:
      metricSource:
        type: Prometheus
        spec:
          query: ${TOTAL}
`;
}

function slo(
  name: string,
  opts: {
    apiVersion?: string;
    indicatorRef?: string;
    duration?: string;
    isRolling?: boolean;
    target?: string;
  } = {},
) {
  return `
apiVersion: ${opts.apiVersion ?? 'openslo/v1'}
kind: SLO
metadata:
  name: ${name}
spec:
  indicatorRef: ${opts.indicatorRef ?? 'svc-availability'}
  timeWindow:
    - duration: ${opts.duration ?? '30d'}
      isRolling: ${opts.isRolling ?? true}
  objectives:
    - target: ${opts.target ?? '0.999'}
`;
}

const docs = (...parts: string[]) => parts.join('\n---\n');

describe('parseOpenSlo', () => {
  describe('the demo catalog files', () => {
    it('reads api-gateway: availability and latency over a rolling 30d', () => {
      const result = parseOpenSlo('./slo.yaml', demoFile('api-gateway'));

      expect(result.problems).toEqual([]);
      expect(result.definitions).toEqual([
        {
          id: './slo.yaml#api-gateway-availability',
          name: 'Availability',
          description: '/v1/invoke requests that do not fail with a 5xx.',
          indicator: 'availability',
          objective: 0.995,
          window: { type: 'rolling', duration: '30d' },
          ratio: {
            good: 'http_requests_total{service="api-gateway",route="/v1/invoke",code!~"5.."}',
            total:
              'http_requests_total{service="api-gateway",route="/v1/invoke"}',
          },
        },
        {
          id: './slo.yaml#api-gateway-latency',
          name: 'Latency under 400 ms',
          description: '/v1/invoke requests answered within 400 ms.',
          indicator: 'latency',
          objective: 0.99,
          window: { type: 'rolling', duration: '30d' },
          ratio: {
            good: 'http_request_duration_seconds_bucket{service="api-gateway",route="/v1/invoke",le="0.4"}',
            total:
              'http_request_duration_seconds_count{service="api-gateway",route="/v1/invoke"}',
          },
        },
      ]);
    });

    it('reads opportunity-agent: rolling 28d availability and a calendar-month (1M) latency SLO', () => {
      const result = parseOpenSlo('./slo.yaml', demoFile('opportunity-agent'));

      expect(result.problems).toEqual([]);
      expect(
        result.definitions.map(d => ({
          id: d.id,
          indicator: d.indicator,
          objective: d.objective,
          window: d.window,
        })),
      ).toEqual([
        {
          id: './slo.yaml#opportunity-agent-availability',
          indicator: 'availability',
          objective: 0.995,
          window: { type: 'rolling', duration: '28d' },
        },
        {
          id: './slo.yaml#opportunity-agent-latency',
          indicator: 'latency',
          objective: 0.99,
          window: { type: 'calendar', unit: 'month' },
        },
      ]);
      expect(result.definitions[1].ratio).toEqual({
        good: 'http_request_duration_seconds_bucket{service="opportunity-agent",route="/v1/invoke",le="0.4"}',
        total:
          'http_request_duration_seconds_count{service="opportunity-agent",route="/v1/invoke"}',
      });
    });

    it('reads inventory-backend: a calendar-month 99.9 % availability and a rolling latency SLO', () => {
      const result = parseOpenSlo('./slo.yaml', demoFile('inventory-backend'));

      expect(result.problems).toEqual([]);
      expect(result.definitions).toEqual([
        expect.objectContaining({
          id: './slo.yaml#inventory-backend-availability',
          name: 'Availability',
          indicator: 'availability',
          objective: 0.999,
          window: { type: 'calendar', unit: 'month' },
          ratio: {
            good: 'http_requests_total{service="inventory-backend",route="/v1/items",code!~"5.."}',
            total:
              'http_requests_total{service="inventory-backend",route="/v1/items"}',
          },
        }),
        expect.objectContaining({
          id: './slo.yaml#inventory-backend-latency',
          name: 'Latency under 400 ms',
          indicator: 'latency',
          objective: 0.99,
          window: { type: 'rolling', duration: '30d' },
        }),
      ]);
    });
  });

  it('names each definition after the file argument it was given', () => {
    const result = parseOpenSlo(
      'catalog/services/api-gateway/slo.yaml',
      demoFile('api-gateway'),
    );

    expect(result.definitions.map(d => d.id)).toEqual([
      'catalog/services/api-gateway/slo.yaml#api-gateway-availability',
      'catalog/services/api-gateway/slo.yaml#api-gateway-latency',
    ]);
  });

  it('reads an inline spec.indicator without any SLI document', () => {
    const text = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  indicator:
    metadata:
      name: checkout-requests
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: ${GOOD}
        total:
          metricSource:
            type: Prometheus
            spec:
              query: ${TOTAL}
  timeWindow:
    - duration: 7d
      isRolling: true
  objectives:
    - target: 0.99
`;
    const result = parseOpenSlo('./slo.yaml', text);

    expect(result.problems).toEqual([]);
    expect(result.definitions).toEqual([
      {
        id: './slo.yaml#checkout-availability',
        name: 'checkout-availability',
        indicator: 'availability',
        objective: 0.99,
        window: { type: 'rolling', duration: '7d' },
        ratio: { good: GOOD, total: TOTAL },
      },
    ]);
  });

  it('infers a latency indicator from histogram queries when the name does not say so', () => {
    const text = docs(
      sli('checkout-fast', 'http_request_duration_seconds_bucket{le="0.4"}'),
      slo('checkout-fast', { indicatorRef: 'checkout-fast' }),
    );
    const result = parseOpenSlo('./slo.yaml', text);

    expect(result.problems).toEqual([]);
    expect(result.definitions.map(d => d.indicator)).toEqual(['latency']);
  });

  it('reads a bad/total ratio', () => {
    const text = docs(
      `
apiVersion: openslo/v1
kind: SLI
metadata:
  name: svc-errors
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource:
        type: Prometheus
        spec:
          query: ${BAD}
    total:
      metricSource:
        type: Prometheus
        spec:
          query: ${TOTAL}
`,
      slo('svc-availability', { indicatorRef: 'svc-errors' }),
    );
    const result = parseOpenSlo('./slo.yaml', text);

    expect(result.problems).toEqual([]);
    expect(result.definitions).toHaveLength(1);
    expect(result.definitions[0].ratio).toEqual({ bad: BAD, total: TOTAL });
    expect(result.definitions[0].ratio.good).toBeUndefined();
  });

  it('makes one definition per objective, each with its own id, name and target', () => {
    const text = docs(
      sli('svc-availability'),
      `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-availability
  displayName: Availability
spec:
  indicatorRef: svc-availability
  timeWindow:
    - duration: 30d
      isRolling: true
  objectives:
    - displayName: Availability 99 %
      target: 0.99
    - displayName: Availability 99.9 %
      target: 0.999
`,
    );
    const result = parseOpenSlo('./slo.yaml', text);

    expect(result.problems).toEqual([]);
    expect(
      result.definitions.map(d => ({
        id: d.id,
        name: d.name,
        objective: d.objective,
      })),
    ).toEqual([
      {
        id: './slo.yaml#svc-availability#0',
        name: 'Availability 99 %',
        objective: 0.99,
      },
      {
        id: './slo.yaml#svc-availability#1',
        name: 'Availability 99.9 %',
        objective: 0.999,
      },
    ]);
  });

  it('reads a 1w calendar window as a calendar week', () => {
    const result = parseOpenSlo(
      './slo.yaml',
      docs(
        sli('svc-availability'),
        slo('weekly', { duration: '1w', isRolling: false }),
      ),
    );

    expect(result.problems).toEqual([]);
    expect(result.definitions[0].window).toEqual({
      type: 'calendar',
      unit: 'week',
    });
  });

  describe('broken input', () => {
    it('reports a file that is not valid YAML, naming the file', () => {
      const result = parseOpenSlo(
        './slo.yaml',
        'apiVersion: openslo/v1\nkind: SLO\nspec: [unclosed\n  objectives: x\n',
      );

      expect(result.definitions).toEqual([]);
      expect(result.problems).toEqual([
        expect.stringMatching(
          /^\.\/slo\.yaml: document 1 is not valid YAML: \S/,
        ),
      ]);
    });

    it('reports a document that is not valid YAML and keeps the SLOs of the other documents', () => {
      const text = docs(
        sli('svc-availability'),
        slo('svc-availability'),
        'apiVersion: openslo/v1\nkind: SLO\nspec: [unclosed\n  objectives: x\n',
      );
      const result = parseOpenSlo('./slo.yaml', text);

      expect(result.definitions.map(d => d.id)).toEqual([
        './slo.yaml#svc-availability',
      ]);
      expect(result.problems).toEqual([
        expect.stringMatching(
          /^\.\/slo\.yaml: document 3 is not valid YAML: \S/,
        ),
      ]);
    });

    it('reports a file that holds no SLO', () => {
      const result = parseOpenSlo('./slo.yaml', sli('svc-availability'));

      expect(result.definitions).toEqual([]);
      expect(result.problems).toEqual([
        './slo.yaml: holds no OpenSLO document of kind SLO',
      ]);
    });

    it('reports an empty file as holding no SLO', () => {
      expect(parseOpenSlo('./slo.yaml', '').problems).toEqual([
        './slo.yaml: holds no OpenSLO document of kind SLO',
      ]);
    });

    const NON_PROMETHEUS_SLI = `
apiVersion: openslo/v1
kind: SLI
metadata:
  name: svc-datadog
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Datadog
        spec:
          query: sum:requests.ok{service:svc}.as_count()
    total:
      metricSource:
        type: Datadog
        spec:
          query: sum:requests{service:svc}.as_count()
`;

    it.each([
      [
        'a wrong apiVersion',
        slo('broken', { apiVersion: 'openslo/v1alpha' }),
        'apiVersion "openslo/v1alpha" is not openslo/v1',
      ],
      [
        'an indicatorRef naming no SLI in the file',
        slo('broken', { indicatorRef: 'does-not-exist' }),
        'indicatorRef "does-not-exist" names no SLI in this file',
      ],
      [
        'a metric source that is not Prometheus',
        `${NON_PROMETHEUS_SLI}\n---\n${slo('broken', {
          indicatorRef: 'svc-datadog',
        })}`,
        'ratioMetric.good.metricSource.type "Datadog" is not Prometheus',
      ],
      [
        'a target of 1 (no error budget)',
        slo('broken', { target: '1' }),
        'spec.objectives[0].target must be a ratio between 0 and 1, got 1',
      ],
      [
        'a target given as a percentage',
        slo('broken', { target: '99.9' }),
        'spec.objectives[0].target must be a ratio between 0 and 1, got 99.9',
      ],
      [
        'a target of 0',
        slo('broken', { target: '0' }),
        'spec.objectives[0].target must be a ratio between 0 and 1, got 0',
      ],
      [
        'an unreadable duration',
        slo('broken', { duration: '30 days' }),
        '"30 days" is not a duration such as 5m, 1h, 28d or 4w',
      ],
      [
        'an unsupported calendar duration',
        slo('broken', { duration: '1Q', isRolling: false }),
        'calendar window "1Q" is not supported (use 1M or 1w)',
      ],
    ])(
      'reports %s with the file and SLO name and keeps the other SLOs',
      (_, broken, message) => {
        const text = docs(
          sli('svc-availability'),
          slo('svc-availability'),
          broken,
        );
        const result = parseOpenSlo('./slo.yaml', text);

        expect(result.definitions.map(d => d.id)).toEqual([
          './slo.yaml#svc-availability',
        ]);
        expect(result.problems).toEqual([
          `./slo.yaml: SLO "broken": ${message}`,
        ]);
      },
    );
  });
});
