/**
 * The api-gateway HPA of the demo (2–10 replicas at 70 % CPU and 80 %
 * memory) in the autoscaling/v2 shape the API server answers with, and its
 * events; `overrides` are merged into `spec` and `status`.
 */
export function apiGatewayHpa(
  overrides: { spec?: object; status?: object } = {},
) {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: {
      name: 'api-gateway',
      namespace: 'agents',
      labels: { 'backstage.io/kubernetes-id': 'api-gateway' },
      uid: '0c5e6d1a-2b9f-4c3e-9a61-7d3f0e2b8c14',
    },
    spec: {
      scaleTargetRef: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'api-gateway',
      },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: 70 },
          },
        },
        {
          type: 'Resource',
          resource: {
            name: 'memory',
            target: { type: 'Utilization', averageUtilization: 80 },
          },
        },
      ],
      behavior: {
        scaleDown: {
          stabilizationWindowSeconds: 300,
          selectPolicy: 'Max',
          policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
        },
        scaleUp: {
          stabilizationWindowSeconds: 0,
          selectPolicy: 'Max',
          policies: [
            { type: 'Percent', value: 100, periodSeconds: 15 },
            { type: 'Pods', value: 4, periodSeconds: 15 },
          ],
        },
      },
      ...overrides.spec,
    },
    status: {
      currentReplicas: 4,
      desiredReplicas: 4,
      lastScaleTime: '2026-11-20T11:58:00Z',
      currentMetrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            current: { averageUtilization: 81, averageValue: '405m' },
          },
        },
        {
          type: 'Resource',
          resource: {
            name: 'memory',
            current: { averageUtilization: 42, averageValue: '215Mi' },
          },
        },
      ],
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'ReadyForNewScale',
          message: 'recommended size matches current size',
          lastTransitionTime: '2026-11-20T11:58:15Z',
        },
        {
          type: 'ScalingActive',
          status: 'True',
          reason: 'ValidMetricFound',
          message:
            'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
          lastTransitionTime: '2026-11-19T08:00:00Z',
        },
        {
          type: 'ScalingLimited',
          status: 'False',
          reason: 'DesiredWithinRange',
          message: 'the desired count is within the acceptable range',
          lastTransitionTime: '2026-11-19T08:00:00Z',
        },
      ],
      ...overrides.status,
    },
  };
}

/** A `HorizontalPodAutoscalerList` of `items`. */
export const hpaList = (...items: object[]) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscalerList',
  metadata: { resourceVersion: '48213' },
  items,
});

/** A core/v1 Event of the HPA `name` in namespace agents. */
export function hpaEvent(
  name: string,
  reason: string,
  message: string,
  lastTimestamp: string,
) {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${name}.1879c2b5e0d4a1f3`, namespace: 'agents' },
    involvedObject: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      name,
      namespace: 'agents',
    },
    reason,
    message,
    source: { component: 'horizontal-pod-autoscaler' },
    firstTimestamp: lastTimestamp,
    lastTimestamp,
    count: 1,
    type: 'Normal',
  };
}

/** An `EventList` of `items`. */
export const eventList = (...items: object[]) => ({
  apiVersion: 'v1',
  kind: 'EventList',
  metadata: { resourceVersion: '48213' },
  items,
});
