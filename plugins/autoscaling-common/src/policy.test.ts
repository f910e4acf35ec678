import { parseAutoscalingPolicy } from './policy';

describe('parseAutoscalingPolicy', () => {
  it('reads the documented example', () => {
    expect(
      parseAutoscalingPolicy(
        'cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m',
      ),
    ).toEqual({
      minInstances: 1,
      maxInstances: 5,
      thresholds: { cpu: 80, memory: 80, p95Ms: 400 },
      upCooldownSeconds: 300,
      downCooldownSeconds: 600,
    });
  });

  it('takes seconds and hours, spaces and a trailing comma, and defaults the cooldowns', () => {
    expect(parseAutoscalingPolicy(' p95 = 0.4s , min=0, max=3,')).toEqual({
      minInstances: 0,
      maxInstances: 3,
      thresholds: { cpu: undefined, memory: undefined, p95Ms: 400 },
      upCooldownSeconds: 300,
      downCooldownSeconds: 600,
    });
    expect(
      parseAutoscalingPolicy('cpu=70,min=2,max=10,up=90s,down=1h'),
    ).toMatchObject({ upCooldownSeconds: 90, downCooldownSeconds: 3600 });
  });

  it.each([
    [
      'cpu=abc,min=1,max=5',
      'cpu',
      '"cpu" must be a percentage above 0 and at most 100, got "abc"',
    ],
    ['cpu=0,min=1,max=5', 'cpu', 'percentage'],
    ['cpu=101,min=1,max=5', 'cpu', 'percentage'],
    ['memory=-5,min=1,max=5', 'memory', 'percentage'],
    [
      'p95=400,min=1,max=5',
      'p95',
      '"p95" must be a duration such as 400ms, 30s, 5m or 1h, got "400"',
    ],
    ['p95=0ms,min=1,max=5', 'p95', '"p95" must be above 0'],
    [
      'cpu=80,min=1.5,max=5',
      'min',
      '"min" must be a whole number from 0 to 1000',
    ],
    [
      'cpu=80,min=1,max=0',
      'max',
      '"max" must be a whole number from 1 to 1000',
    ],
    ['cpu=80,min=3,max=2', 'min', '"min" (3) must not exceed "max" (2)'],
    ['cpu=80,max=2', 'min', '"min" is required'],
    ['cpu=80,min=1', 'max', '"max" is required'],
    ['cpu=80,min=1,max=5,up=soon', 'up', '"up" must be a duration'],
    ['cpu=80,min=1,max=5,down=10', 'down', '"down" must be a duration'],
    ['cpu=80,cpu=70,min=1,max=5', 'cpu', '"cpu" is given twice'],
    ['cpu==80,min=1,max=5', 'cpu', '"cpu" needs one value'],
    ['cpu,min=1,max=5', 'cpu', '"cpu" needs one value'],
    [
      'cpu=80,replicas=3,min=1,max=5',
      'replicas',
      'unknown key "replicas" (known: cpu, memory, p95, min, max, up, down)',
    ],
  ])('refuses %j, naming %s', (value, key, message) => {
    let error: any;
    try {
      parseAutoscalingPolicy(value);
    } catch (e) {
      error = e;
    }
    expect(error?.name).toBe('PolicyAnnotationError');
    expect(error.key).toBe(key);
    expect(error.message).toContain('agent-platform.io/autoscaling-policy: ');
    expect(error.message).toContain(message);
  });

  it('refuses a policy with no metric to scale on', () => {
    expect(() => parseAutoscalingPolicy('min=1,max=5')).toThrow(
      'names no metric to scale on: give cpu, memory or p95',
    );
  });
});
