import { HpaSpec, RailwayPolicy } from '../services';
import { hpaDesiredReplicas, HpaState, railwayNextState } from './scaling';

const gateway: HpaSpec = {
  kind: 'hpa',
  minReplicas: 2,
  maxReplicas: 10,
  cpuTarget: 0.7,
  memoryTarget: 0.8,
  scaleDownStabilizationSeconds: 300,
};

const idle = { cpuUtilization: 0.3, memoryUtilization: 0.3 };

describe('hpaDesiredReplicas', () => {
  const start: HpaState = { replicas: 3, recommendations: [] };

  it('scales up at once to ceil(current × utilization / target)', () => {
    const { desired } = hpaDesiredReplicas(gateway, start, 0, {
      cpuUtilization: 1.2,
      memoryUtilization: 0.3,
    });
    expect(desired).toBe(Math.ceil((3 * 1.2) / 0.7));
  });

  it('takes the metric that asks for most and clamps to max', () => {
    expect(
      hpaDesiredReplicas(gateway, start, 0, {
        cpuUtilization: 0.5,
        memoryUtilization: 1.2,
      }).desired,
    ).toBe(Math.ceil((3 * 1.2) / 0.8));
    expect(
      hpaDesiredReplicas(gateway, start, 0, {
        cpuUtilization: 5,
        memoryUtilization: 0.3,
      }).desired,
    ).toBe(10);
  });

  it('ignores changes within the 10 % tolerance', () => {
    expect(
      hpaDesiredReplicas(gateway, start, 0, {
        cpuUtilization: 0.76,
        memoryUtilization: 0.3,
      }).desired,
    ).toBe(3);
  });

  it('scales down only after five minutes of lower recommendations', () => {
    let state: HpaState = { replicas: 6, recommendations: [] };
    const busy = hpaDesiredReplicas(gateway, state, 0, {
      cpuUtilization: 0.7,
      memoryUtilization: 0.3,
    });
    expect(busy.desired).toBe(6);
    state = busy.state;
    const desired: number[] = [];
    for (let minute = 1; minute <= 6; minute++) {
      const next = hpaDesiredReplicas(gateway, state, minute * 60, idle);
      desired.push(next.desired);
      state = next.state;
    }
    expect(desired).toEqual([6, 6, 6, 6, 3, 3]);
    expect(
      hpaDesiredReplicas(gateway, state, 7 * 60, {
        cpuUtilization: 0.01,
        memoryUtilization: 0.01,
      }).desired,
    ).toBe(3);
  });
});

const railway: RailwayPolicy = {
  kind: 'railway',
  minInstances: 1,
  maxInstances: 5,
  scaleUp: { cpu: 0.8, memory: 0.8, p95Seconds: 0.4 },
  scaleDown: { cpu: 0.6, memory: 0.6, p95Seconds: 0.2 },
  upCooldownSeconds: 300,
  downCooldownSeconds: 600,
};

describe('railwayNextState', () => {
  const quiet = {
    cpuUtilization: 0.3,
    memoryUtilization: 0.3,
    p95Seconds: 0.1,
  };
  const slow = { ...quiet, p95Seconds: 0.45 };

  it('adds one instance when any limit is crossed, then waits 5 minutes', () => {
    const first = railwayNextState(
      railway,
      { instances: 1, lastScaleTime: -Infinity },
      0,
      slow,
    );
    expect(first).toEqual({ instances: 2, lastScaleTime: 0 });
    expect(railwayNextState(railway, first, 240, slow)).toBe(first);
    expect(railwayNextState(railway, first, 300, slow).instances).toBe(3);
  });

  it('removes one instance when everything is quiet for 10 minutes since the last change', () => {
    const state = { instances: 3, lastScaleTime: 0 };
    expect(railwayNextState(railway, state, 540, quiet)).toBe(state);
    expect(railwayNextState(railway, state, 600, quiet)).toEqual({
      instances: 2,
      lastScaleTime: 600,
    });
    expect(
      railwayNextState(railway, state, 600, { ...quiet, cpuUtilization: 0.65 }),
    ).toBe(state);
  });

  it('stays within 1–5 instances', () => {
    const atMax = { instances: 5, lastScaleTime: -Infinity };
    expect(railwayNextState(railway, atMax, 0, slow)).toBe(atMax);
    const atMin = { instances: 1, lastScaleTime: -Infinity };
    expect(railwayNextState(railway, atMin, 0, quiet)).toBe(atMin);
  });
});
