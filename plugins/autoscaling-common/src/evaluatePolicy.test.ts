import { evaluatePolicy, PolicyObservation } from './evaluatePolicy';
import { parseAutoscalingPolicy } from './policy';

// Scale up over 80 % / 80 % / 400 ms; down under 60 % / 60 % / 200 ms
// (75 % of the thresholds, half for p95); cooldowns 300 s up, 600 s down.
const policy = parseAutoscalingPolicy(
  'cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m',
);
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const minutesAgo = (m: number) => NOW - m * 60_000;

function observe(more: Partial<PolicyObservation>): PolicyObservation {
  return {
    instances: 2,
    cpu: 50,
    memory: 50,
    p95Ms: 150,
    lastScaleTime: minutesAgo(30),
    now: NOW,
    ...more,
  };
}

describe('evaluatePolicy', () => {
  it('adds one instance when any metric is over its threshold', () => {
    expect(evaluatePolicy(policy, observe({ cpu: 93 }))).toEqual({
      action: 'scale-up',
      current: 2,
      recommended: 3,
      reason: 'cpu 93 % is over 80 %',
      cooldownRemainingSeconds: 0,
      atMax: false,
    });
    expect(
      evaluatePolicy(policy, observe({ memory: 81, p95Ms: 512.34 })).reason,
    ).toBe('memory 81 % is over 80 %, p95 512.3 ms is over 400 ms');
  });

  it('does not count a metric exactly at its threshold as over', () => {
    expect(evaluatePolicy(policy, observe({ cpu: 80 }))).toMatchObject({
      action: 'hold',
      recommended: 2,
      reason: 'within thresholds (cpu 80 % ≥ 60 %)',
    });
  });

  it('waits for the scale-up cooldown: 5 min after a step 2 min ago leaves 180 s', () => {
    expect(
      evaluatePolicy(
        policy,
        observe({ cpu: 93, lastScaleTime: minutesAgo(2) }),
      ),
    ).toMatchObject({
      action: 'hold',
      recommended: 2,
      reason: 'cpu 93 % is over 80 %; waiting for the scale-up cooldown',
      cooldownRemainingSeconds: 180,
    });
  });

  it('holds at the maximum and says so', () => {
    expect(evaluatePolicy(policy, observe({ instances: 5, cpu: 93 }))).toEqual({
      action: 'hold',
      current: 5,
      recommended: 5,
      reason: 'cpu 93 % is over 80 %, but 5 is the maximum',
      cooldownRemainingSeconds: 0,
      atMax: true,
    });
  });

  it('removes one instance only when every metric is under its scale-down mark', () => {
    expect(
      evaluatePolicy(
        policy,
        observe({ instances: 3, cpu: 59, memory: 59.9, p95Ms: 199 }),
      ),
    ).toEqual({
      action: 'scale-down',
      current: 3,
      recommended: 2,
      reason:
        'every metric under its scale-down mark (cpu < 60 %, memory < 60 %, p95 < 200 ms)',
      cooldownRemainingSeconds: 0,
      atMax: false,
    });
    // one metric at its mark keeps the instances
    for (const busy of [{ cpu: 60 }, { memory: 60 }, { p95Ms: 200 }]) {
      expect(
        evaluatePolicy(
          policy,
          observe({ cpu: 10, memory: 10, p95Ms: 10, ...busy }),
        ).action,
      ).toBe('hold');
    }
  });

  it('waits for the scale-down cooldown: 10 min after a step 4 min ago leaves 360 s', () => {
    expect(
      evaluatePolicy(
        policy,
        observe({
          cpu: 10,
          memory: 10,
          p95Ms: 10,
          lastScaleTime: minutesAgo(4),
        }),
      ),
    ).toMatchObject({ action: 'hold', cooldownRemainingSeconds: 360 });
  });

  it('holds at the minimum', () => {
    expect(
      evaluatePolicy(
        policy,
        observe({ instances: 1, cpu: 10, memory: 10, p95Ms: 10 }),
      ),
    ).toMatchObject({
      action: 'hold',
      recommended: 1,
      reason: expect.stringMatching(/, but 1 is the minimum$/),
    });
  });

  it('never scales down on a metric without data, but scales up on the others', () => {
    expect(
      evaluatePolicy(policy, observe({ cpu: 10, memory: 10, p95Ms: NaN })),
    ).toMatchObject({ action: 'hold', reason: 'no data for p95' });
    expect(
      evaluatePolicy(policy, observe({ cpu: 95, p95Ms: undefined })),
    ).toMatchObject({ action: 'scale-up', recommended: 3 });
  });

  it('treats an unknown last scaling time as a passed cooldown', () => {
    expect(
      evaluatePolicy(policy, observe({ cpu: 93, lastScaleTime: undefined })),
    ).toMatchObject({ action: 'scale-up', cooldownRemainingSeconds: 0 });
  });

  it('brings an instance count outside min–max back within it at once', () => {
    expect(evaluatePolicy(policy, observe({ instances: 0 }))).toMatchObject({
      action: 'scale-up',
      recommended: 1,
      reason: '0 instances is outside 1–5',
    });
    expect(evaluatePolicy(policy, observe({ instances: 7 }))).toMatchObject({
      action: 'scale-down',
      recommended: 5,
      atMax: true,
    });
  });

  it('scales on the metrics the policy names only', () => {
    const cpuOnly = parseAutoscalingPolicy('cpu=70,min=2,max=10');
    // 75 % of 70 % is 52.5 %
    expect(
      evaluatePolicy(
        cpuOnly,
        observe({ instances: 4, cpu: 52, memory: 99, p95Ms: 9999 }),
      ),
    ).toMatchObject({ action: 'scale-down', recommended: 3 });
    expect(
      evaluatePolicy(cpuOnly, observe({ instances: 4, cpu: 52.5 })).action,
    ).toBe('hold');
  });
});
