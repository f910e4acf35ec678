import {
  ResourceName,
  resourceTargets,
  utilizationPercent,
} from '../prometheus/utilization';
import { HpaConditionJson } from './conditions';
import { sampleAt } from './hpaTimeline';
import { SandboxHpa } from './hpas';
import { kubeTime, uidOf } from './meta';

interface ScalingRules {
  stabilizationWindowSeconds: number;
  selectPolicy: 'Max';
  policies: Array<{
    type: 'Pods' | 'Percent';
    value: number;
    periodSeconds: number;
  }>;
}

/** A `HorizontalPodAutoscaler` of `autoscaling/v2`, as a list item. */
export interface HpaJson {
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    creationTimestamp: string;
    uid: string;
  };
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1'; kind: 'Deployment'; name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics: Array<{
      type: 'Resource';
      resource: {
        name: ResourceName;
        target: { type: 'Utilization'; averageUtilization: number };
      };
    }>;
    behavior: { scaleUp: ScalingRules; scaleDown: ScalingRules };
  };
  status: {
    currentReplicas: number;
    desiredReplicas: number;
    lastScaleTime?: string;
    currentMetrics: Array<{
      type: 'Resource';
      resource: {
        name: ResourceName;
        current: { averageUtilization: number; averageValue: string };
      };
    }>;
    conditions: HpaConditionJson[];
  };
}

/**
 * The HPA as the API server shows it at `now` (unix seconds): its spec from
 * `DEMO_SERVICES` (behavior: Kubernetes' defaults with the service's
 * scale-down window) and its status after the sync of the sample at `now`.
 */
export function hpaObject(hpa: SandboxHpa, now: number): HpaJson {
  const { name, namespace, labels, timeline } = hpa;
  const { spec, times, compute } = timeline;
  const i = sampleAt(times, now);
  const targets = resourceTargets(spec);
  const lastScale = hpa.rescales
    .filter(rescale => rescale.time <= times[i])
    .pop();
  const averageValue: Record<ResourceName, (utilization: number) => string> = {
    cpu: u => `${Math.round(u * compute.cpuRequestCores * 1000)}m`,
    memory: u => String(Math.round(u * compute.memoryRequestBytes)),
  };
  const utilization: Record<ResourceName, number> = {
    cpu: timeline.cpuUtilization[i],
    memory: timeline.memoryUtilization[i],
  };
  return {
    metadata: {
      name,
      namespace,
      labels: { ...labels },
      creationTimestamp: kubeTime(times[0]),
      uid: uidOf('HorizontalPodAutoscaler', namespace, name),
    },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      metrics: targets.map(([resource, target]) => ({
        type: 'Resource',
        resource: {
          name: resource,
          target: {
            type: 'Utilization',
            averageUtilization: utilizationPercent(target),
          },
        },
      })),
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
          stabilizationWindowSeconds: spec.scaleDownStabilizationSeconds,
          selectPolicy: 'Max',
          policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
        },
      },
    },
    status: {
      currentReplicas: timeline.currentReplicas[i],
      desiredReplicas: timeline.desiredReplicas[i],
      ...(lastScale ? { lastScaleTime: kubeTime(lastScale.time) } : {}),
      currentMetrics: targets.map(([resource]) => ({
        type: 'Resource',
        resource: {
          name: resource,
          current: {
            averageUtilization: utilizationPercent(utilization[resource]),
            averageValue: averageValue[resource](utilization[resource]),
          },
        },
      })),
      conditions: hpa.conditionsAt(i),
    },
  };
}
