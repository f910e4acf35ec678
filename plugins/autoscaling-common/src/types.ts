/** Where a workload's scaling comes from. */
export type WorkloadSource = 'kubernetes' | 'policy';

/** One metric a workload scales on, now and its target. */
export interface WorkloadMetric {
  /** e.g. `cpu`, `memory`, `p95`, or a Pods/External metric's name */
  name: string;
  /** Undefined when there is no reading. */
  current?: number;
  target: number;
  /** `%` for utilization, `ms` for latency, or the metric's own unit */
  unit: string;
}

/** One direction's rules: the HPA `behavior.scaleUp|scaleDown`, or a policy cooldown. */
export interface ScalingRules {
  /** The stabilization window (HPA) or cooldown (policy). */
  stabilizationWindowSeconds?: number;
  selectPolicy?: 'Max' | 'Min' | 'Disabled';
  policies: Array<{
    type: 'Pods' | 'Percent';
    value: number;
    periodSeconds: number;
  }>;
}

/** An HPA status condition (`AbleToScale`, `ScalingActive`, `ScalingLimited`). */
export interface WorkloadCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  /** ISO 8601 */
  lastTransitionTime?: string;
}

/** What the policy controller would do next (policy workloads only). */
export interface WorkloadRecommendation {
  action: 'scale-up' | 'scale-down' | 'hold';
  replicas: number;
  reason: string;
}

/** One autoscaled workload of an entity. */
export interface Workload {
  /** HPA name, or the entity name for a policy */
  name: string;
  /** Kubernetes cluster name from config; absent for policy workloads */
  cluster?: string;
  namespace?: string;
  source: WorkloadSource;
  /** What the HPA scales, e.g. `Deployment/api-gateway` */
  target?: string;
  minReplicas: number;
  maxReplicas: number;
  currentReplicas: number;
  desiredReplicas: number;
  metrics: WorkloadMetric[];
  behavior: { scaleUp?: ScalingRules; scaleDown?: ScalingRules };
  conditions: WorkloadCondition[];
  /** ISO 8601 */
  lastScaleTime?: string;
  /** current ≥ max: the workload cannot grow further */
  atMax: boolean;
  /** Time left before the next step may be taken; 0 when none is pending. */
  cooldownRemainingSeconds: number;
  recommendation?: WorkloadRecommendation;
}

/** A problem with one source (a cluster, Prometheus, the annotation). */
export interface AutoscalingProblem {
  /** e.g. `cluster eks-prod`, `prometheus`, `annotation` */
  source: string;
  message: string;
}

/** `GET /api/autoscaling/v1/workloads` */
export interface WorkloadsResponse {
  entityRef: string;
  workloads: Workload[];
  /** True when any workload is the last good answer, served because its source failed. */
  stale: boolean;
  /** What the backend looked for, for "no HPA found" messages: e.g. `HPAs labelled backstage.io/kubernetes-id=api-gateway in namespace agents of cluster eks-prod`. */
  lookedFor: string[];
  errors: AutoscalingProblem[];
}

/** One replica change. */
export interface ScalingEvent {
  /** ISO 8601 */
  time: string;
  workload: string;
  cluster?: string;
  namespace?: string;
  from?: number;
  to: number;
  /** e.g. `cpu resource utilization (percentage of request) above target` */
  reason: string;
  /**
   * Where the change was seen: a Kubernetes `SuccessfulRescale` event (its
   * reason is the HPA's), or a step in the replica series in Prometheus
   * (its reason is read from the metrics just before the step).
   */
  source: ScalingEventSource;
  /** The step reached the workload's maximum (as it was when recorded). */
  atMax?: boolean;
}

/** See {@link ScalingEvent.source}. */
export type ScalingEventSource = 'kubernetes-event' | 'prometheus';

/** `GET /api/autoscaling/v1/events` */
export interface ScalingEventsResponse {
  entityRef: string;
  /** Newest first */
  events: ScalingEvent[];
  errors: AutoscalingProblem[];
}

/** One series of `GET /api/autoscaling/v1/history`. */
export interface AutoscalingSeries {
  workload: string;
  /** `replicas`, `desired`, `max`, `min`, or a metric name (`cpu`, `memory`, `p95`) */
  name: string;
  unit: string;
  /** `[unix seconds, value]`, NaN-free (gaps are missing points) */
  points: Array<[number, number]>;
}

/** `GET /api/autoscaling/v1/history` */
export interface AutoscalingHistoryResponse {
  entityRef: string;
  /** ISO 8601 */
  from: string;
  to: string;
  stepSeconds: number;
  series: AutoscalingSeries[];
  errors: AutoscalingProblem[];
}
