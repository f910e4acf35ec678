import { apiGatewayHpa } from '../__testUtils__/kubernetesFixtures';
import { Hpa, hpaSchema } from '../providers/kubernetesSchemas';
import { toWorkload } from './toWorkload';

const NOW = Date.parse('2026-11-20T12:00:00Z');

const hpa = (overrides?: Parameters<typeof apiGatewayHpa>[0]): Hpa =>
  hpaSchema.parse(apiGatewayHpa(overrides));

describe('toWorkload', () => {
  it('maps the api-gateway HPA', () => {
    expect(toWorkload(hpa(), 'eks-prod', NOW)).toEqual({
      name: 'api-gateway',
      cluster: 'eks-prod',
      namespace: 'agents',
      source: 'kubernetes',
      target: 'Deployment/api-gateway',
      minReplicas: 2,
      maxReplicas: 10,
      currentReplicas: 4,
      desiredReplicas: 4,
      metrics: [
        { name: 'cpu', current: 81, target: 70, unit: '%' },
        { name: 'memory', current: 42, target: 80, unit: '%' },
      ],
      behavior: {
        scaleUp: {
          stabilizationWindowSeconds: 0,
          selectPolicy: 'Max',
          policies: [
            { type: 'Percent', value: 100, periodSeconds: 15 },
            { type: 'Pods', value: 4, periodSeconds: 15 },
          ],
        },
        scaleDown: {
          stabilizationWindowSeconds: 300,
          selectPolicy: 'Max',
          policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
        },
      },
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'ReadyForNewScale',
          message: 'recommended size matches current size',
          lastTransitionTime: '2026-11-20T11:58:15Z',
        },
        expect.objectContaining({ type: 'ScalingActive', status: 'True' }),
        expect.objectContaining({ type: 'ScalingLimited', status: 'False' }),
      ],
      lastScaleTime: '2026-11-20T11:58:00Z',
      atMax: false,
      cooldownRemainingSeconds: 0,
    });
  });

  it('reads AverageValue and Value targets with their units', () => {
    const workload = toWorkload(
      hpa({
        spec: {
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'memory',
                target: { type: 'AverageValue', averageValue: '512Mi' },
              },
            },
            {
              type: 'ContainerResource',
              containerResource: {
                name: 'cpu',
                container: 'app',
                target: { type: 'AverageValue', averageValue: '500m' },
              },
            },
            {
              type: 'Pods',
              pods: {
                metric: { name: 'requests_in_flight' },
                target: { type: 'AverageValue', averageValue: '20' },
              },
            },
            {
              type: 'External',
              external: {
                metric: { name: 'queue_depth' },
                target: { type: 'Value', value: '1k' },
              },
            },
          ],
        },
        status: {
          currentMetrics: [
            {
              type: 'Resource',
              resource: { name: 'memory', current: { averageValue: '256Mi' } },
            },
            {
              type: 'ContainerResource',
              containerResource: {
                name: 'cpu',
                container: 'app',
                current: { averageValue: '250m', averageUtilization: 50 },
              },
            },
            {
              type: 'Pods',
              pods: {
                metric: { name: 'requests_in_flight' },
                current: { averageValue: '35' },
              },
            },
          ],
        },
      }),
      'eks-prod',
      NOW,
    );
    expect(workload.metrics).toEqual([
      { name: 'memory', current: 268435456, target: 536870912, unit: 'bytes' },
      { name: 'cpu (app)', current: 0.25, target: 0.5, unit: 'cores' },
      { name: 'requests_in_flight', current: 35, target: 20, unit: '' },
      { name: 'queue_depth', current: undefined, target: 1000, unit: '' },
    ]);
  });

  it('fills the behavior Kubernetes applies when the HPA states none', () => {
    const { behavior } = toWorkload(
      hpa({ spec: { behavior: undefined } }),
      'eks-prod',
      NOW,
    );
    expect(behavior.scaleUp?.stabilizationWindowSeconds).toBe(0);
    expect(behavior.scaleDown).toEqual({
      stabilizationWindowSeconds: 300,
      selectPolicy: 'Max',
      policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
    });
  });

  it('counts the scale-down window down from the last scale while fewer replicas are wanted', () => {
    // window 300 s, last scale 11:58:00, now 12:00:00: 300 − 120 = 180 s left
    const shrinking = hpa({
      status: { currentReplicas: 4, desiredReplicas: 2 },
    });
    expect(toWorkload(shrinking, 'c', NOW).cooldownRemainingSeconds).toBe(180);
    // at 12:03:30 the window has passed
    expect(
      toWorkload(shrinking, 'c', Date.parse('2026-11-20T12:03:30Z'))
        .cooldownRemainingSeconds,
    ).toBe(0);
    // growing: no cooldown pending
    const growing = hpa({ status: { currentReplicas: 4, desiredReplicas: 6 } });
    expect(toWorkload(growing, 'c', NOW).cooldownRemainingSeconds).toBe(0);
  });

  it('is at max when the current replicas reach maxReplicas', () => {
    const full = hpa({ status: { currentReplicas: 10, desiredReplicas: 10 } });
    expect(toWorkload(full, 'c', NOW).atMax).toBe(true);
    expect(toWorkload(hpa(), 'c', NOW).atMax).toBe(false);
  });

  it('answers an HPA without status yet', () => {
    const fresh = hpaSchema.parse({ ...apiGatewayHpa(), status: undefined });
    expect(toWorkload(fresh, 'c', NOW)).toMatchObject({
      currentReplicas: 0,
      desiredReplicas: 0,
      metrics: [
        { name: 'cpu', current: undefined, target: 70, unit: '%' },
        { name: 'memory', current: undefined, target: 80, unit: '%' },
      ],
      conditions: [],
      atMax: false,
      cooldownRemainingSeconds: 0,
    });
  });
});
