import { freePort } from '../freePort';
import { generateHistory } from '../prometheus/history';
import { indexOf, valuesOf } from '../testUtils/history';
import { startKubernetes } from './server';
import { RunningHttpServer } from '../http';

/*
 * The stand-in over real HTTP, for a history that ends Friday 2026-11-20
 * 00:00 UTC: api-gateway's traffic surge is Tuesday 2026-11-17 14:00–15:20
 * (10-minute ramps to 240 requests/s).
 *
 * By hand, on the plateau at 10 replicas: 10 × 0.05 idle cores + 0.02 cores
 * × 240 requests/s = 5.3 cores (±5 % noise on the 4.8) over 10 × 0.5 cores
 * requested = 106 % (101–111 %) of the CPU request; the HPA rule asks for
 * ceil(10 × 1.06 / 0.7) = 16 > 10, so it is limited. Memory: (10 × 160 MiB
 * + 240 × 1 MiB) ± 2 % over 10 × 512 MiB = 36 %.
 *
 * Thursday 10:30 is quiet: 40 requests/s × share(10.5 h) = 40 × (0.15 +
 * 0.85 (1 + cos(2π (10.5 − 15) / 24)) / 2) = 29.5 requests/s, i.e. R × 0.05
 * + 0.59 cores on R replicas of 0.5 cores.
 */

const AUTH = { Authorization: 'Bearer sandbox-token' };
const HISTORY_END = Date.UTC(2026, 10, 20) / 1000;
const SURGE_PLATEAU = Date.UTC(2026, 10, 17, 14, 40);
const QUIET = Date.UTC(2026, 10, 19, 10, 30);
const HPAS = '/apis/autoscaling/v2/namespaces/agents/horizontalpodautoscalers';
const CPU_UP = 'cpu resource utilization (percentage of request) above target';

const history = generateHistory({
  end: HISTORY_END,
  services: ['api-gateway'],
});
const series = (suffix: string) =>
  valuesOf(history, `kube_horizontalpodautoscaler_status_${suffix}`, {
    horizontalpodautoscaler: 'api-gateway',
  });
const current = series('current_replicas');
const desired = series('desired_replicas');
const targetMetric = (metric: 'cpu' | 'memory') =>
  valuesOf(history, 'kube_horizontalpodautoscaler_status_target_metric', {
    horizontalpodautoscaler: 'api-gateway',
    metric_name: metric,
    metric_target_type: 'utilization',
  });

let surge: RunningHttpServer;
let quiet: RunningHttpServer;

beforeAll(async () => {
  surge = await startKubernetes({
    port: await freePort(),
    now: () => SURGE_PLATEAU,
    historyEnd: HISTORY_END,
  });
  // the history end is the default at this time
  quiet = await startKubernetes({ port: 0, now: () => QUIET });
}, 60_000);

afterAll(async () => {
  await surge?.stop();
  await quiet?.stop();
});

async function get(
  server: RunningHttpServer,
  path: string,
  headers: Record<string, string> = AUTH,
) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, body: await res.json() };
}

const gatewayEvents = (server: RunningHttpServer) =>
  get(
    server,
    '/api/v1/namespaces/agents/events?fieldSelector=involvedObject.kind=HorizontalPodAutoscaler,involvedObject.name=api-gateway',
  );

describe('the Kubernetes stand-in', () => {
  it('wants a bearer token', async () => {
    const { status, body } = await get(surge, HPAS, {});
    expect(status).toBe(401);
    expect(body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
  });

  it('lists the HPAs of namespace agents with the seed specs', async () => {
    const { status, body } = await get(surge, HPAS);
    expect(status).toBe(200);
    expect(body.apiVersion).toBe('autoscaling/v2');
    expect(body.kind).toBe('HorizontalPodAutoscalerList');
    expect(body.metadata.resourceVersion).toMatch(/^\d+$/);
    const specs = body.items.map((hpa: any) => [
      hpa.metadata.name,
      hpa.spec.minReplicas,
      hpa.spec.maxReplicas,
      hpa.spec.metrics.map(
        (m: any) =>
          `${m.resource.name} ${m.resource.target.averageUtilization}`,
      ),
      hpa.spec.behavior.scaleDown.stabilizationWindowSeconds,
    ]);
    const agent = (name: string) => [name, 1, 3, ['cpu 75'], 300];
    expect(specs).toEqual([
      agent('opportunity-agent'),
      agent('target-agent'),
      agent('realization-agent'),
      agent('expansion-agent'),
      agent('integrity-agent'),
      ['orchestrator', 2, 5, ['cpu 70'], 300],
      ['api-gateway', 2, 10, ['cpu 70', 'memory 80'], 300],
    ]);
    for (const hpa of body.items) {
      expect(hpa.metadata).toMatchObject({
        namespace: 'agents',
        labels: {
          app: hpa.metadata.name,
          'backstage.io/kubernetes-id': hpa.metadata.name,
        },
        creationTimestamp: '2026-10-16T00:00:00Z',
      });
      expect(hpa.spec.scaleTargetRef).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: hpa.metadata.name,
      });
      expect(hpa.status.currentReplicas).toBeGreaterThanOrEqual(
        hpa.spec.minReplicas,
      );
      expect(hpa.status.currentReplicas).toBeLessThanOrEqual(
        hpa.spec.maxReplicas,
      );
    }
  });

  it('filters by label selector, and an unknown namespace is empty', async () => {
    const names = async (path: string) =>
      (await get(surge, path)).body.items.map((hpa: any) => hpa.metadata.name);
    expect(
      await names(
        `${HPAS}?labelSelector=${encodeURIComponent(
          'backstage.io/kubernetes-id=orchestrator',
        )}`,
      ),
    ).toEqual(['orchestrator']);
    expect(
      await names(
        `${HPAS}?labelSelector=app%3Dapi-gateway%2Cbackstage.io%2Fkubernetes-id%3Dorchestrator`,
      ),
    ).toEqual([]);
    expect(
      await names(
        '/apis/autoscaling/v2/namespaces/railway/horizontalpodautoscalers',
      ),
    ).toEqual([]);
    const { status, body } = await get(
      surge,
      `${HPAS}?labelSelector=app+in+(x)`,
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
  });

  it('serves one HPA, and 404 for an unknown one', async () => {
    const one = await get(surge, `${HPAS}/orchestrator`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'orchestrator', namespace: 'agents' },
    });
    const missing = await get(surge, `${HPAS}/x`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'horizontalpodautoscalers.autoscaling "x" not found',
      reason: 'NotFound',
      code: 404,
    });
  });

  it('shows api-gateway at its maximum on the surge plateau, as Prometheus does', async () => {
    const { body: hpa } = await get(surge, `${HPAS}/api-gateway`);
    const i = indexOf(history, SURGE_PLATEAU / 1000);
    expect(hpa.status.currentReplicas).toBe(10);
    expect(hpa.status.desiredReplicas).toBe(10);
    expect([current[i], desired[i]]).toEqual([10, 10]);
    const [cpu, memory] = hpa.status.currentMetrics;
    expect(cpu.resource.name).toBe('cpu');
    expect(cpu.resource.current.averageUtilization).toBeGreaterThanOrEqual(101);
    expect(cpu.resource.current.averageUtilization).toBeLessThanOrEqual(111);
    expect(memory.resource.name).toBe('memory');
    expect(memory.resource.current.averageUtilization).toBe(36);
    // kube-state-metrics' view of the same status
    expect([targetMetric('cpu')[i], targetMetric('memory')[i]]).toEqual([
      cpu.resource.current.averageUtilization,
      memory.resource.current.averageUtilization,
    ]);
    expect(hpa.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'ScalingLimited',
        status: 'True',
        reason: 'TooManyReplicas',
      }),
    );
    // the last rescale: the sample before the first at 10 replicas
    const firstAtMax = current.findIndex((r, j) => r === 10 && j > i - 40);
    expect(hpa.status.lastScaleTime).toBe(
      new Date(history.timestamps[firstAtMax - 1] * 1000)
        .toISOString()
        .replace('.000Z', 'Z'),
    );
  });

  it("lists the last hour's rescales of the surge with a cpu reason", async () => {
    const { status, body } = await gatewayEvents(surge);
    expect(status).toBe(200);
    expect(body).toMatchObject({ apiVersion: 'v1', kind: 'EventList' });
    const hourAgo = SURGE_PLATEAU - 3600_000;
    // every change of the desired replicas in the last hour, from the history
    const changes: string[] = [];
    history.timestamps.forEach((t, j) => {
      if (t * 1000 > hourAgo && t * 1000 <= SURGE_PLATEAU) {
        if (desired[j] !== current[j]) changes.push(`New size: ${desired[j]}`);
      }
    });
    expect(body.items.map((e: any) => e.message.split(';')[0])).toEqual(
      changes,
    );
    expect(body.items.map((e: any) => e.message)).toContain(
      `New size: 10; reason: ${CPU_UP}`,
    );
    for (const event of body.items) {
      expect(event).toMatchObject({
        reason: 'SuccessfulRescale',
        type: 'Normal',
        involvedObject: {
          kind: 'HorizontalPodAutoscaler',
          name: 'api-gateway',
        },
        source: { component: 'horizontal-pod-autoscaler' },
      });
      expect(Date.parse(event.lastTimestamp)).toBeGreaterThan(hourAgo);
      expect(Date.parse(event.lastTimestamp)).toBeLessThanOrEqual(
        SURGE_PLATEAU,
      );
    }
  });

  it('shows api-gateway back within range on a quiet morning', async () => {
    const { body: hpa } = await get(quiet, `${HPAS}/api-gateway`);
    const i = indexOf(history, QUIET / 1000);
    const replicas = hpa.status.currentReplicas;
    expect([replicas, hpa.status.desiredReplicas]).toEqual([
      current[i],
      desired[i],
    ]);
    expect(replicas).toBeLessThan(10);
    const utilization = (replicas * 0.05 + 0.59) / (replicas * 0.5);
    expect(
      hpa.status.currentMetrics[0].resource.current.averageUtilization / 100,
    ).toBeCloseTo(utilization, 1);
    expect(targetMetric('cpu')[i]).toBe(
      hpa.status.currentMetrics[0].resource.current.averageUtilization,
    );
    expect(hpa.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'ScalingLimited',
        status: 'False',
        reason: 'DesiredWithinRange',
      }),
    );
    const { body: events } = await gatewayEvents(quiet);
    const lastScale = Date.parse(hpa.status.lastScaleTime);
    expect(events.items.length > 0).toBe(lastScale > QUIET - 3600_000);
  });
});
