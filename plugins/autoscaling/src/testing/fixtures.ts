import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  AutoscalingHistoryResponse,
  AutoscalingSeries,
  ScalingEventsResponse,
  Workload,
  WorkloadsResponse,
} from '@internal/plugin-autoscaling-common';
import { AutoscalingApi } from '../api';

/*
 * Answers of the autoscaling backend for the api-gateway, as of
 * 2026-11-22T12:00:00Z: two HPAs in the sandbox cluster, one of them at its
 * maximum, and a policy workload for a service outside Kubernetes.
 */

export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const ENTITY_REF = 'component:default/api-gateway';

export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: {
      'backstage.io/kubernetes-id': 'api-gateway',
      'backstage.io/kubernetes-namespace': 'agents',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-edge' },
};

export const plainEntity: Entity = {
  ...annotatedEntity,
  metadata: { name: 'api-gateway' },
};

/** At 10 of 10 replicas, cpu over its target, held back by ScalingLimited. */
export const gatewayHpa: Workload = {
  name: 'api-gateway',
  cluster: 'sandbox',
  namespace: 'agents',
  source: 'kubernetes',
  target: 'Deployment/api-gateway',
  minReplicas: 1,
  maxReplicas: 10,
  currentReplicas: 10,
  desiredReplicas: 10,
  metrics: [
    { name: 'cpu', current: 93, target: 80, unit: '%' },
    { name: 'memory', current: 61, target: 80, unit: '%' },
  ],
  behavior: {
    scaleUp: {
      stabilizationWindowSeconds: 0,
      selectPolicy: 'Max',
      policies: [
        { type: 'Pods', value: 4, periodSeconds: 15 },
        { type: 'Percent', value: 100, periodSeconds: 15 },
      ],
    },
    scaleDown: {
      stabilizationWindowSeconds: 300,
      policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
    },
  },
  conditions: [
    { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale' },
    { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound' },
    {
      type: 'ScalingLimited',
      status: 'True',
      reason: 'TooManyReplicas',
      message:
        'the desired replica count is more than the maximum replica count',
    },
  ],
  lastScaleTime: '2026-11-22T10:00:00Z',
  atMax: true,
  cooldownRemainingSeconds: 0,
};

/** Comfortably within its range, two minutes left of a scale-down window. */
export const workerHpa: Workload = {
  name: 'api-gateway-worker',
  cluster: 'sandbox',
  namespace: 'agents',
  source: 'kubernetes',
  target: 'Deployment/api-gateway-worker',
  minReplicas: 2,
  maxReplicas: 6,
  currentReplicas: 3,
  desiredReplicas: 3,
  metrics: [{ name: 'p95', current: 180, target: 400, unit: 'ms' }],
  behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [] } },
  conditions: [
    { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale' },
    { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound' },
    { type: 'ScalingLimited', status: 'False', reason: 'DesiredWithinRange' },
  ],
  lastScaleTime: '2026-11-22T06:00:00Z',
  atMax: false,
  cooldownRemainingSeconds: 120,
};

/** A service outside Kubernetes whose policy would add an instance. */
export const policyWorkload: Workload = {
  name: 'billing',
  source: 'policy',
  minReplicas: 1,
  maxReplicas: 5,
  currentReplicas: 2,
  desiredReplicas: 3,
  metrics: [
    { name: 'cpu', current: 93, target: 80, unit: '%' },
    { name: 'p95', current: 320, target: 400, unit: 'ms' },
  ],
  behavior: {
    scaleUp: { stabilizationWindowSeconds: 300, policies: [] },
    scaleDown: { stabilizationWindowSeconds: 600, policies: [] },
  },
  conditions: [],
  atMax: false,
  cooldownRemainingSeconds: 0,
  recommendation: {
    action: 'scale-up',
    replicas: 3,
    reason: 'cpu 93 % is over 80 %',
  },
};

export const workloads: WorkloadsResponse = {
  entityRef: ENTITY_REF,
  workloads: [gatewayHpa, workerHpa],
  stale: false,
  lookedFor: [
    'HPAs labelled backstage.io/kubernetes-id=api-gateway in namespace agents of cluster sandbox',
  ],
  errors: [],
};

export const events: ScalingEventsResponse = {
  entityRef: ENTITY_REF,
  events: [
    {
      time: '2026-11-22T10:00:00Z',
      workload: 'api-gateway',
      cluster: 'sandbox',
      from: 8,
      to: 10,
      reason: 'cpu resource utilization (percentage of request) above target',
      source: 'kubernetes-event',
      atMax: true,
    },
    {
      time: '2026-11-22T06:00:00Z',
      workload: 'api-gateway-worker',
      cluster: 'sandbox',
      from: 4,
      to: 3,
      reason: 'All metrics below target',
      source: 'prometheus',
    },
  ],
  errors: [],
};

const HOUR = 3600;
const FIRST_HOUR = Date.parse('2026-11-21T13:00:00Z') / 1000;

/** 24 hourly points up to NOW, each the value of its hour's index. */
function hourly(value: (hour: number) => number): Array<[number, number]> {
  return Array.from({ length: 24 }, (_, i) => [
    FIRST_HOUR + i * HOUR,
    value(i),
  ]);
}

function series(
  name: string,
  unit: string,
  value: (hour: number) => number,
): AutoscalingSeries {
  return { workload: 'api-gateway', name, unit, points: hourly(value) };
}

/** The api-gateway climbing from 4 to 10 replicas as its cpu rose. */
export const history: AutoscalingHistoryResponse = {
  entityRef: ENTITY_REF,
  from: '2026-11-21T12:00:00Z',
  to: '2026-11-22T12:00:00Z',
  stepSeconds: HOUR,
  series: [
    series('replicas', 'replicas', i => (i < 18 ? 4 : 10)),
    series('desired', 'replicas', i => (i < 18 ? 4 : 10)),
    series('max', 'replicas', () => 10),
    series('min', 'replicas', () => 1),
    series('cpu', '%', i => (i < 18 ? 50 : 93)),
  ],
  errors: [],
};

/** A fake AutoscalingApi with jest mocks, answering with the fixtures by default. */
export function fakeAutoscalingApi(overrides: Partial<AutoscalingApi> = {}) {
  return {
    getWorkloads: jest.fn(async (_entityRef: string) => workloads),
    getEvents: jest.fn(async (_options: { entityRef: string }) => events),
    getHistory: jest.fn(async (_options: { entityRef: string }) => history),
    ...overrides,
  } satisfies AutoscalingApi;
}

/** The ResponseError the client throws for a Backstage error response. */
export function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = {
    error: { name, message },
    request: { method: 'GET', url: '/api/autoscaling/v1/workloads' },
    response: { statusCode },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: statusCode,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
