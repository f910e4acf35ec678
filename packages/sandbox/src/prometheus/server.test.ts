import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../freePort';
import { backfill } from './backfill';
import { findExecutable } from './executables';
import { generateHistory } from './history';
import {
  histogramQuantile,
  increase,
  indexOf,
  valuesOf,
} from '../testUtils/history';
import { LATENCY_BUCKETS } from './latency';
import { PortInUseError, RunningPrometheus, startPrometheus } from './server';

const HOUR = 3600;
const END = Date.UTC(2026, 3, 20, 12) / 1000;
const installed = Boolean(
  findExecutable('prometheus') && findExecutable('promtool'),
);

if (!installed) {
  process.stderr.write(
    'Skipping the Prometheus integration tests: prometheus or promtool is not installed (Debian package prometheus)\n',
  );
}

(installed ? describe : describe.skip)(
  'startPrometheus over a backfilled history',
  () => {
    const history = generateHistory({
      end: END,
      durationSeconds: 3 * HOUR,
      services: ['api-gateway', 'inventory-backend'],
    });
    let dir: string;
    let prometheus: RunningPrometheus;

    async function query(promql: string, time: number) {
      const response = await fetch(
        `${prometheus.url}/api/v1/query?${new URLSearchParams({
          query: promql,
          time: String(time),
        })}`,
      );
      const body = await response.json();
      expect(body.status).toBe('success');
      return body.data.result as Array<{
        metric: Record<string, string>;
        value: [number, string];
      }>;
    }

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sandbox-server-test-'));
      await backfill({
        history,
        dataDir: join(dir, 'data'),
        workDir: join(dir, 'work'),
      });
      prometheus = await startPrometheus({
        dataDir: join(dir, 'data'),
        port: await freePort(),
      });
    }, 60_000);

    afterAll(async () => {
      await prometheus?.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it('serves the generated counters exactly', async () => {
      const time = END - HOUR;
      const errors = valuesOf(history, 'http_requests_total', {
        service: 'api-gateway',
        route: '/v1/invoke',
        code: '500',
      });
      const [sample] = await query(
        'http_requests_total{service="api-gateway",route="/v1/invoke",code="500"}',
        time,
      );
      expect(sample.value).toEqual([
        time,
        String(errors[indexOf(history, time)]),
      ]);
    });

    it('answers increase() over the last hour as computed from the samples', async () => {
      const counters = ['200', '400', '429', '500'].map(code =>
        valuesOf(history, 'http_requests_total', {
          service: 'api-gateway',
          route: '/v1/invoke',
          code,
        }),
      );
      const expected = increase(
        counters,
        indexOf(history, END - HOUR),
        indexOf(history, END),
      );
      const [sample] = await query(
        'sum(increase(http_requests_total{service="api-gateway",route="/v1/invoke"}[1h]))',
        END,
      );
      expect(Number(sample.value[1])).toBeCloseTo(expected, 6);
    });

    it('answers histogram_quantile() like the buckets say', async () => {
      const from = indexOf(history, END - HOUR);
      const to = indexOf(history, END);
      const buckets = [...LATENCY_BUCKETS.map(String), '+Inf'].map(le => {
        const values = valuesOf(
          history,
          'http_request_duration_seconds_bucket',
          {
            service: 'inventory-backend',
            le,
          },
        );
        return values[to] - values[from];
      });
      const [sample] = await query(
        'histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{service="inventory-backend"}[1h])))',
        END,
      );
      expect(Number(sample.value[1])).toBeCloseTo(
        histogramQuantile(0.95, buckets),
        9,
      );
    });

    it('keeps the replica gauges', async () => {
      const replicas = valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_current_replicas',
        { horizontalpodautoscaler: 'api-gateway' },
      );
      const [sample] = await query(
        'max_over_time(kube_horizontalpodautoscaler_status_current_replicas{horizontalpodautoscaler="api-gateway"}[3h])',
        END,
      );
      expect(Number(sample.value[1])).toBe(Math.max(...replicas));
      const limits = await query(
        'kube_horizontalpodautoscaler_spec_max_replicas or railway_service_replicas',
        END,
      );
      expect(limits.map(r => [r.metric.__name__, r.value[1]]).sort()).toEqual([
        ['kube_horizontalpodautoscaler_spec_max_replicas', '10'],
        [
          'railway_service_replicas',
          String(
            valuesOf(history, 'railway_service_replicas', {
              service: 'inventory-backend',
            })[indexOf(history, END)],
          ),
        ],
      ]);
    });

    it('refuses to start on a port in use, naming the port', async () => {
      const port = Number(new URL(prometheus.url).port);
      const attempt = startPrometheus({ dataDir: join(dir, 'data'), port });
      await expect(attempt).rejects.toThrow(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    });
  },
);
