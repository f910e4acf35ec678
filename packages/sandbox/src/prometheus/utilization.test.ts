import {
  requestUtilization,
  resourceTargets,
  utilizationPercent,
} from './utilization';

describe('requestUtilization', () => {
  it('divides the cores of each interval and the working set by the replicas’ requests', () => {
    // 0.5 core and 256 bytes requested per replica.
    // 0–300 s: 150 CPU seconds = 0.5 core on 2 replicas (1 core) → 0.5;
    //          512 bytes on 2 replicas (512 bytes) → 1.
    // 300–360 s: 30 CPU seconds = 0.5 core on 1 replica (0.5 core) → 1;
    //          384 bytes on 1 replica (256 bytes) → 1.5.
    // The first sample has no interval: 0 for both, whatever its working set.
    const utilization = requestUtilization(
      [0, 300, 360],
      {
        replicas: Float64Array.from([2, 2, 1]),
        cpuSeconds: Float64Array.from([0, 150, 180]),
        memoryBytes: Float64Array.from([400, 512, 384]),
      },
      { cpuRequestCores: 0.5, memoryRequestBytes: 256 },
    );
    expect(utilization).toEqual({
      cpu: Float64Array.from([0, 0.5, 1]),
      memory: Float64Array.from([0, 1, 1.5]),
    });
  });
});

describe('resourceTargets', () => {
  it('lists CPU, then memory only when the spec has a memory target', () => {
    const spec = {
      kind: 'hpa' as const,
      minReplicas: 1,
      maxReplicas: 3,
      cpuTarget: 0.75,
      scaleDownStabilizationSeconds: 300,
    };
    expect(resourceTargets(spec)).toEqual([['cpu', 0.75]]);
    expect(resourceTargets({ ...spec, memoryTarget: 0.8 })).toEqual([
      ['cpu', 0.75],
      ['memory', 0.8],
    ]);
  });
});

describe('utilizationPercent', () => {
  it('rounds to a whole percent', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point
    expect(utilizationPercent(0.29)).toBe(29);
    expect(utilizationPercent(0.7)).toBe(70);
    expect(utilizationPercent(1.0649)).toBe(106);
    expect(utilizationPercent(0.355)).toBe(36);
  });
});
