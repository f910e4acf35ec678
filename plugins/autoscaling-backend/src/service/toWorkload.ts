import {
  ScalingRules,
  Workload,
  WorkloadMetric,
} from '@internal/plugin-autoscaling-common';
import { Hpa } from '../providers/kubernetesSchemas';
import { parseQuantity } from '../providers/quantity';

type Quantity = string | number;

interface Target {
  type: 'Utilization' | 'Value' | 'AverageValue';
  averageUtilization?: number;
  averageValue?: Quantity;
  value?: Quantity;
}

interface Reading {
  averageUtilization?: number;
  averageValue?: Quantity;
  value?: Quantity;
}

interface Parts {
  target?: Target;
  current?: Reading;
}

/** A metric of `spec.metrics[]` or `status.currentMetrics[]`. */
interface MetricLike {
  type: string;
  resource?: Parts & { name: string };
  containerResource?: Parts & { name: string; container: string };
  pods?: Parts & { metric: { name: string } };
  object?: Parts & { metric: { name: string } };
  external?: Parts & { metric: { name: string } };
}

type Rules = NonNullable<NonNullable<Hpa['spec']['behavior']>['scaleUp']>;

/** The controller's rules when the HPA states none (Kubernetes' defaults). */
const DEFAULT_SCALE_UP: Required<ScalingRules> = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Percent', value: 100, periodSeconds: 15 },
    { type: 'Pods', value: 4, periodSeconds: 15 },
  ],
};
const DEFAULT_SCALE_DOWN: Required<ScalingRules> = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

/** The metric's name (`cpu`, `cpu (app)` for a container, the metric's own) and parts. */
function source(
  metric: MetricLike,
): { name: string; resource?: string; parts: Parts } | undefined {
  const { resource, containerResource, pods, object, external } = metric;
  if (resource) {
    return { name: resource.name, resource: resource.name, parts: resource };
  }
  if (containerResource) {
    const { name, container } = containerResource;
    return {
      name: `${name} (${container})`,
      resource: name,
      parts: containerResource,
    };
  }
  const named = pods ?? object ?? external;
  return named && { name: named.metric.name, parts: named };
}

/** The unit of an AverageValue or Value: cores and bytes for resources, else the metric's own (unknown). */
function valueUnit(resource: string | undefined): string {
  if (resource === 'cpu') return 'cores';
  if (resource === 'memory') return 'bytes';
  return '';
}

function toMetric(
  spec: MetricLike,
  status: MetricLike[],
): WorkloadMetric | undefined {
  const wanted = source(spec);
  const target = wanted?.parts.target;
  if (!wanted || !target) return undefined;
  const reading = status
    .filter(m => m.type === spec.type)
    .map(source)
    .find(m => m?.name === wanted.name)?.parts.current;
  if (target.type === 'Utilization') {
    if (target.averageUtilization === undefined) return undefined;
    return {
      name: wanted.name,
      current: reading?.averageUtilization,
      target: target.averageUtilization,
      unit: '%',
    };
  }
  const field = target.type === 'AverageValue' ? 'averageValue' : 'value';
  const goal = target[field];
  if (goal === undefined) return undefined;
  const now = reading?.[field];
  return {
    name: wanted.name,
    current: now === undefined ? undefined : parseQuantity(now),
    target: parseQuantity(goal),
    unit: valueUnit(wanted.resource),
  };
}

function toRules(
  rules: Rules | undefined,
  defaults: Required<ScalingRules>,
): Required<ScalingRules> {
  return {
    stabilizationWindowSeconds:
      rules?.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
    selectPolicy: rules?.selectPolicy ?? defaults.selectPolicy,
    policies: rules?.policies ?? defaults.policies,
  };
}

/**
 * An HPA as a Workload at `now` (ms since epoch). Behavior the HPA leaves
 * out is filled with Kubernetes' defaults. While the HPA wants fewer
 * replicas than it runs, `cooldownRemainingSeconds` is what is left of the
 * scale-down stabilization window since the last scale; otherwise 0.
 */
export function toWorkload(hpa: Hpa, cluster: string, now: number): Workload {
  const { metadata, spec, status } = hpa;
  const currentReplicas = status?.currentReplicas ?? 0;
  const desiredReplicas = status?.desiredReplicas ?? currentReplicas;
  const scaleUp = toRules(spec.behavior?.scaleUp, DEFAULT_SCALE_UP);
  const scaleDown = toRules(spec.behavior?.scaleDown, DEFAULT_SCALE_DOWN);
  const lastScale = status?.lastScaleTime
    ? Date.parse(status.lastScaleTime)
    : NaN;
  const cooldownRemainingSeconds =
    desiredReplicas < currentReplicas && Number.isFinite(lastScale)
      ? Math.max(
          0,
          Math.ceil(
            scaleDown.stabilizationWindowSeconds - (now - lastScale) / 1000,
          ),
        )
      : 0;
  const currentMetrics: MetricLike[] = status?.currentMetrics ?? [];
  return {
    name: metadata.name,
    cluster,
    namespace: metadata.namespace,
    source: 'kubernetes',
    target: `${spec.scaleTargetRef.kind}/${spec.scaleTargetRef.name}`,
    minReplicas: spec.minReplicas ?? 1,
    maxReplicas: spec.maxReplicas,
    currentReplicas,
    desiredReplicas,
    metrics: (spec.metrics ?? [])
      .map(metric => toMetric(metric, currentMetrics))
      .filter((m): m is WorkloadMetric => m !== undefined),
    behavior: { scaleUp, scaleDown },
    conditions: (status?.conditions ?? []).map(c => ({
      type: c.type,
      status: c.status,
      ...(c.reason === undefined ? {} : { reason: c.reason }),
      ...(c.message === undefined ? {} : { message: c.message }),
      ...(c.lastTransitionTime === undefined
        ? {}
        : { lastTransitionTime: c.lastTransitionTime }),
    })),
    ...(status?.lastScaleTime === undefined
      ? {}
      : { lastScaleTime: status.lastScaleTime }),
    atMax: currentReplicas >= spec.maxReplicas,
    cooldownRemainingSeconds,
  };
}
