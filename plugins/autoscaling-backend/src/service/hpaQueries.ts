import { DEFAULT_POLICY_QUERIES } from './policyQueries';

/**
 * PromQL of an HPA's history; `{{namespace}}` and `{{workload}}` stand for
 * the HPA's namespace and name, `{{service}}` for the entity's name.
 */
export interface HpaQueries {
  /** Replicas running. */
  replicas: string;
  /** Replicas the HPA asks for. */
  desired: string;
  /** The HPA's upper limit. */
  max: string;
  /** Each utilization metric's current value in percent, one series per `metric_name`. */
  utilization: string;
  /** p95 latency in milliseconds. */
  p95Ms: string;
}

const hpa = (name: string, extra = '') =>
  `kube_horizontalpodautoscaler_${name}{namespace="{{namespace}}",horizontalpodautoscaler="{{workload}}"${extra}}`;

/** kube-state-metrics' series, and the latency histogram the agents export. */
export const DEFAULT_HPA_QUERIES: HpaQueries = {
  replicas: hpa('status_current_replicas'),
  desired: hpa('status_desired_replicas'),
  max: hpa('spec_max_replicas'),
  utilization: hpa('status_target_metric', ',metric_target_type="utilization"'),
  p95Ms: DEFAULT_POLICY_QUERIES.p95Ms,
};
