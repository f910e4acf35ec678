import { parseAutoscalingPolicy } from '@internal/plugin-autoscaling-common';
import { toPolicyWorkload } from './toPolicyWorkload';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const policy = parseAutoscalingPolicy(
  'cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m',
);

describe('toPolicyWorkload', () => {
  it('recommends one instance more when a threshold is crossed', () => {
    const workload = toPolicyWorkload('inventory-backend', policy, {
      instances: 2,
      cpu: 93,
      memory: 40,
      p95Ms: NaN,
      lastScaleTime: NOW - 20 * 60_000,
      now: NOW,
    });
    expect(workload).toEqual({
      name: 'inventory-backend',
      source: 'policy',
      minReplicas: 1,
      maxReplicas: 5,
      currentReplicas: 2,
      desiredReplicas: 3,
      metrics: [
        { name: 'cpu', current: 93, target: 80, unit: '%' },
        { name: 'memory', current: 40, target: 80, unit: '%' },
        { name: 'p95', current: undefined, target: 400, unit: 'ms' },
      ],
      behavior: {
        scaleUp: {
          stabilizationWindowSeconds: 300,
          policies: [{ type: 'Pods', value: 1, periodSeconds: 300 }],
        },
        scaleDown: {
          stabilizationWindowSeconds: 600,
          policies: [{ type: 'Pods', value: 1, periodSeconds: 600 }],
        },
      },
      conditions: [],
      lastScaleTime: '2026-11-20T11:40:00.000Z',
      atMax: false,
      cooldownRemainingSeconds: 0,
      recommendation: {
        action: 'scale-up',
        replicas: 3,
        reason: 'cpu 93 % is over 80 %',
      },
    });
  });

  it('holds during the cooldown and says how long is left', () => {
    // scaled 2 minutes ago, up cooldown 5 minutes: 180 s left
    const workload = toPolicyWorkload('inventory-backend', policy, {
      instances: 5,
      cpu: 20,
      memory: 20,
      p95Ms: 50,
      lastScaleTime: NOW - 2 * 60_000,
      now: NOW,
    });
    // all quiet, but the 10-minute down cooldown: 600 − 120 = 480 s
    expect(workload).toMatchObject({
      atMax: true,
      desiredReplicas: 5,
      cooldownRemainingSeconds: 480,
      recommendation: { action: 'hold', replicas: 5 },
    });
  });
});
