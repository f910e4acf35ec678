import { PrometheusClient } from '@internal/backend-kit';
import {
  parseAutoscalingPolicy,
  Workload,
} from '@internal/plugin-autoscaling-common';
import {
  DEMO_SERVICES,
  describeWithPrometheus,
  History,
  incidentsFor,
  indexOf,
  startHistoryPrometheus,
  valuesOf,
} from 'sandbox';
import { GATEWAY_WORKLOAD } from '../__testUtils__/workloads';
import { DEFAULT_HPA_QUERIES } from './hpaQueries';
import { DEFAULT_POLICY_QUERIES } from './policyQueries';
import { readPolicyReadings } from './readPolicyReadings';
import { readSeries } from './readSeries';
import { stepEvents } from './stepEvents';
import { workloadQueries } from './workloadQueries';

jest.setTimeout(120_000);

const END = Date.UTC(2026, 10, 20) / 1000; // history end, unix seconds
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const queries = { hpa: DEFAULT_HPA_QUERIES, policy: DEFAULT_POLICY_QUERIES };

const gateway = GATEWAY_WORKLOAD;

describeWithPrometheus('the default queries on the sandbox Prometheus')(
  'the default queries on the sandbox Prometheus',
  () => {
    let sandbox: Awaited<ReturnType<typeof startHistoryPrometheus>>;
    let history: History;
    let prometheus: PrometheusClient;

    beforeAll(async () => {
      sandbox = await startHistoryPrometheus({
        end: END,
        days: 5, // inventory-backend's CPU spike is 4½ days before the end
        services: ['api-gateway', 'inventory-backend'],
      });
      history = sandbox.history;
      prometheus = new PrometheusClient({
        baseUrl: sandbox.prometheus.url,
        timeoutMs: 10_000,
      });
    });

    afterAll(() => sandbox?.stop());

    it('read a policy workload’s instances and CPU as the generated series give them', async () => {
      const time = END - 6 * HOUR;
      const i = indexOf(history, time);
      const service = DEMO_SERVICES.find(s => s.name === 'inventory-backend')!;
      const instances = valuesOf(history, 'railway_service_replicas', {
        service: 'inventory-backend',
      })[i];
      const cpuSeconds = valuesOf(
        history,
        'container_cpu_usage_seconds_total',
        { container: 'inventory-backend' },
      );
      // rate()[5m] with minute samples on both edges of the window (closed
      // in Prometheus 2): the increase over the 5 intervals, per second
      const cores = (cpuSeconds[i] - cpuSeconds[i - 5]) / 300;
      const cpu =
        (100 * cores) / (service.compute!.cpuRequestCores * instances);

      const readings = await readPolicyReadings(
        prometheus,
        DEFAULT_POLICY_QUERIES,
        'inventory-backend',
        time * 1000,
        600,
      );

      expect(readings.instances).toBe(instances);
      expect(readings.cpu).toBeCloseTo(cpu, 6);
      expect(readings.memory).toBeGreaterThan(0);
      expect(readings.p95Ms).toBeGreaterThan(0);
    });

    it('find the gateway’s scale-out to its maximum with the CPU that caused it', async () => {
      const surge = incidentsFor(END).find(
        incident => incident.id === 'api-gateway-scale-out',
      )!;
      const range = {
        start: surge.start - HOUR,
        end: surge.end + HOUR,
        stepSeconds: MINUTE,
      };
      const { series, errors } = await readSeries(
        prometheus,
        'api-gateway',
        workloadQueries(gateway, 'api-gateway', queries),
        range,
      );
      expect(errors).toEqual([]);
      expect(series.map(s => s.name).sort()).toEqual([
        'cpu',
        'desired',
        'max',
        'memory',
        'p95',
        'replicas',
      ]);
      const labels = {
        namespace: 'agents',
        horizontalpodautoscaler: 'api-gateway',
      };
      const replicas = valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_current_replicas',
        labels,
      );
      const cpu = valuesOf(
        history,
        'kube_horizontalpodautoscaler_status_target_metric',
        { ...labels, metric_name: 'cpu' },
      );
      // the first sample at 10 replicas, and the CPU a minute before it
      const first = indexOf(history, range.start);
      const top = replicas.findIndex((v, i) => i >= first && v === 10);
      const topTime = history.timestamps[top];

      const events = stepEvents(gateway, series, MINUTE);
      const toMax = events.find(e => e.to === 10);

      expect(toMax).toEqual({
        time: new Date(topTime * 1000).toISOString(),
        workload: 'api-gateway',
        cluster: 'sandbox',
        namespace: 'agents',
        from: replicas[top - 1],
        to: 10,
        reason: `cpu ${cpu[top - 1]} % above its target 70 %`,
        source: 'prometheus',
        atMax: true,
      });
      expect(events.every(e => e.from !== e.to)).toBe(true);
    });

    it('explain inventory-backend’s scale-up during its CPU spike by the policy', async () => {
      const spike = incidentsFor(END).find(
        incident => incident.id === 'inventory-backend-cpu-spike',
      )!;
      const policy = parseAutoscalingPolicy(
        'cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m',
      );
      const workload: Workload = {
        ...gateway,
        name: 'inventory-backend',
        cluster: undefined,
        namespace: undefined,
        source: 'policy',
        minReplicas: 1,
        maxReplicas: 5,
        metrics: [
          { name: 'cpu', target: 80, unit: '%' },
          { name: 'memory', target: 80, unit: '%' },
          { name: 'p95', target: 400, unit: 'ms' },
        ],
      };
      const { series, errors } = await readSeries(
        prometheus,
        'inventory-backend',
        workloadQueries(workload, 'inventory-backend', queries),
        { start: spike.start - HOUR, end: spike.end, stepSeconds: MINUTE },
      );
      expect(errors).toEqual([]);

      const ups = stepEvents(workload, series, MINUTE, policy).filter(
        e => e.to > e.from!,
      );

      expect(ups.map(e => e.to)).toEqual([2, 3, 4, 5]);
      for (const up of ups) {
        expect(up.reason).toMatch(/^cpu [\d.]+ % is over 80 %$/);
      }
      expect(ups[3].atMax).toBe(true);
    });
  },
);
