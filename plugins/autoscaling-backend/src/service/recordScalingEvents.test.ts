import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PrometheusSeries } from '@internal/backend-kit';
import { DatabaseScalingEventStore } from '../database/DatabaseScalingEventStore';
import {
  API_GATEWAY,
  INVENTORY_BACKEND,
  serviceEntity,
} from '../__testUtils__/entities';
import { apiGatewayHpa, hpaEvent } from '../__testUtils__/kubernetesFixtures';
import { eventSchema, hpaSchema } from '../providers/kubernetesSchemas';
import { AutoscalingService } from './AutoscalingService';
import { DEFAULT_HPA_QUERIES } from './hpaQueries';
import { DEFAULT_POLICY_QUERIES } from './policyQueries';
import { recordScalingEvents } from './recordScalingEvents';

jest.setTimeout(60_000);

const MINUTE = 60;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const END = NOW / 1000;
const DAY_MS = 24 * 3600_000;

const ENTITIES = [API_GATEWAY, INVENTORY_BACKEND, serviceEntity('website', {})];

/** `value(t)` at every minute of the query's range. */
function series(
  metric: Record<string, string>,
  range: { start: number; end: number },
  value: (time: number) => number,
): PrometheusSeries {
  const points = [];
  for (let time = range.start; time <= range.end; time += MINUTE) {
    points.push({ time, value: value(time) });
  }
  return { metric, points };
}

/**
 * Two hours ago the gateway went from 2 to 10 replicas with CPU at 96 %
 * the minute before; inventory-backend went from 1 to 2 instances with
 * CPU at 93 % a day ago.
 */
function fakePrometheus(asked: Array<{ query: string; start: number }>) {
  const gatewayStep = END - 2 * 3600;
  const inventoryStep = END - 24 * 3600;
  /** Each series a query answers, as a value by time. */
  const answer = (
    query: string,
  ): Array<[Record<string, string>, (time: number) => number]> => {
    if (query.includes('status_current_replicas')) {
      return [[{}, t => (t < gatewayStep ? 2 : 10)]];
    }
    if (query.includes('status_target_metric')) {
      return [
        [{ metric_name: 'cpu' }, t => (t < gatewayStep ? 96 : 60)],
        [{ metric_name: 'memory' }, () => 50],
      ];
    }
    if (query.startsWith('railway_service_replicas')) {
      return [[{}, t => (t < inventoryStep ? 1 : 2)]];
    }
    if (query.includes('cpu'))
      return [[{}, t => (t < inventoryStep ? 93 : 40)]];
    if (query.includes('memory')) return [[{}, () => 30]];
    return [[{}, () => 120]];
  };
  return {
    query: async (query: string, time: number) =>
      answer(query).map(([metric, value]) => ({
        metric,
        time,
        value: value(time),
      })),
    queryRange: async (
      query: string,
      range: { start: number; end: number },
    ): Promise<PrometheusSeries[]> => {
      asked.push({ query, start: range.start });
      return answer(query).map(([metric, value]) =>
        series(metric, range, value),
      );
    },
  };
}

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('recordScalingEvents', () => {
  async function setUp() {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseScalingEventStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    const asked: Array<{ query: string; start: number }> = [];
    const prometheus = fakePrometheus(asked);
    const queries = {
      hpa: DEFAULT_HPA_QUERIES,
      policy: DEFAULT_POLICY_QUERIES,
    };
    const autoscaling = new AutoscalingService({
      clusters: [
        {
          name: 'eks-prod',
          listHpas: async () => [hpaSchema.parse(apiGatewayHpa())],
          listHpaEvents: async () => [
            eventSchema.parse(
              hpaEvent(
                'api-gateway',
                'SuccessfulRescale',
                'New size: 10; reason: cpu resource utilization (percentage of request) above target',
                '2026-11-20T11:30:00Z',
              ),
            ),
          ],
        },
      ],
      prometheus,
      queries,
      store,
      cache: mockServices.cache.mock(),
      logger: mockServices.logger.mock(),
      freshMs: 0,
      now: () => NOW,
    });
    const record = (now: number) =>
      recordScalingEvents({
        catalog: catalogServiceMock({ entities: ENTITIES }),
        auth: mockServices.auth(),
        autoscaling,
        prometheus,
        queries,
        store,
        logger: mockServices.logger.mock(),
        now,
        firstLookBackMs: 7 * DAY_MS,
        retentionMs: 180 * DAY_MS,
      });
    return { store, asked, record };
  }

  it('records live events and the steps of the last week with their reasons', async () => {
    const { store, record } = await setUp();

    const result = await record(NOW);

    expect(result).toEqual({ entities: 2, added: 3, deleted: 0 });
    const gateway = await store.list(
      'component:default/api-gateway',
      NOW - 7 * DAY_MS,
      NOW,
    );
    expect(gateway).toEqual([
      {
        time: '2026-11-20T11:30:00.000Z',
        workload: 'api-gateway',
        cluster: 'eks-prod',
        namespace: 'agents',
        to: 10,
        reason: 'cpu resource utilization (percentage of request) above target',
        source: 'kubernetes-event',
        atMax: true,
      },
      {
        time: '2026-11-20T10:00:00.000Z',
        workload: 'api-gateway',
        cluster: 'eks-prod',
        namespace: 'agents',
        from: 2,
        to: 10,
        reason: 'cpu 96 % above its target 70 %',
        source: 'prometheus',
        atMax: true,
      },
    ]);
    const inventory = await store.list(
      'component:default/inventory-backend',
      NOW - 7 * DAY_MS,
      NOW,
    );
    expect(inventory).toEqual([
      {
        time: '2026-11-19T12:00:00.000Z',
        workload: 'inventory-backend',
        from: 1,
        to: 2,
        reason: 'cpu 93 % is over 80 %',
        source: 'prometheus',
        atMax: false,
      },
    ]);
  });

  it('reads on from where the last run stopped, adding nothing twice', async () => {
    const { asked, record } = await setUp();
    await record(NOW);
    asked.length = 0;

    const later = await record(NOW + 5 * 60_000);

    expect(later.added).toBe(0);
    // The HPA's series from one minute before the last run's end (the
    // first run read a week).
    const hpaStarts = asked
      .filter(a => a.query.startsWith('kube_horizontalpodautoscaler'))
      .map(a => a.start);
    expect(new Set(hpaStarts)).toEqual(new Set([END - MINUTE]));
  });
});
