import {
  parseAutoscalingPolicy,
  Workload,
} from '@internal/plugin-autoscaling-common';
import { GATEWAY_WORKLOAD } from '../__testUtils__/workloads';
import { stepEvents } from './stepEvents';

const T = 1_763_632_800; // 2025-11-20T10:00:00Z

const gateway = GATEWAY_WORKLOAD;

const inventory: Workload = {
  ...GATEWAY_WORKLOAD,
  name: 'inventory-backend',
  cluster: undefined,
  namespace: undefined,
  source: 'policy',
  minReplicas: 1,
  maxReplicas: 5,
  currentReplicas: 1,
  desiredReplicas: 1,
  metrics: [
    { name: 'cpu', target: 80, unit: '%' },
    { name: 'p95', target: 400, unit: 'ms' },
  ],
};

const series = (
  workload: string,
  name: string,
  ...points: Array<[number, number]>
) => ({ workload, name, unit: name === 'replicas' ? 'replicas' : '%', points });

describe('stepEvents', () => {
  it('gives each HPA step the metrics over target at the sample before it', () => {
    const events = stepEvents(
      gateway,
      [
        series('api-gateway', 'replicas', [T, 6], [T + 60, 6], [T + 120, 10]),
        series('api-gateway', 'cpu', [T, 80], [T + 60, 96.04], [T + 120, 71]),
        series('api-gateway', 'memory', [T + 60, 62]),
      ],
      60,
    );

    expect(events).toEqual([
      {
        time: '2025-11-20T10:02:00.000Z',
        workload: 'api-gateway',
        cluster: 'sandbox',
        namespace: 'agents',
        from: 6,
        to: 10,
        reason: 'cpu 96 % above its target 70 %',
        source: 'prometheus',
        atMax: true,
      },
    ]);
  });

  it('explains a policy step by the policy’s own rule', () => {
    const policy = parseAutoscalingPolicy(
      'cpu=80,p95=400ms,min=1,max=5,up=5m,down=10m',
    );
    const events = stepEvents(
      inventory,
      [
        series(
          'inventory-backend',
          'replicas',
          [T, 1],
          [T + 300, 2],
          [T + 600, 2],
          [T + 900, 1],
          [T + 1200, 1],
          [T + 1500, 2],
        ),
        series(
          'inventory-backend',
          'cpu',
          [T, 93],
          [T + 600, 30],
          [T + 1200, 65],
        ),
        series(
          'inventory-backend',
          'p95',
          [T, 120],
          [T + 600, 150],
          [T + 1200, 150],
        ),
      ],
      300,
      policy,
    );

    expect(events.map(e => [e.time, e.from, e.to, e.reason, e.atMax])).toEqual([
      ['2025-11-20T10:05:00.000Z', 1, 2, 'cpu 93 % is over 80 %', false],
      [
        '2025-11-20T10:15:00.000Z',
        2,
        1,
        // 75 % of 80 % is 60 %; half of 400 ms is 200 ms
        'every metric under its scale-down mark (cpu < 60 %, p95 < 200 ms)',
        false,
      ],
      [
        '2025-11-20T10:25:00.000Z',
        1,
        2,
        // 65 % is under 80 %: the policy would have held
        'the readings a step earlier do not explain it: within thresholds (cpu 65 % ≥ 60 %)',
        false,
      ],
    ]);
    expect(events[0]).not.toHaveProperty('cluster');
    expect(events[0]).not.toHaveProperty('namespace');
  });

  it('finds nothing without a replica series', () => {
    expect(
      stepEvents(gateway, [series('api-gateway', 'cpu', [T, 90])], 60),
    ).toEqual([]);
  });
});
