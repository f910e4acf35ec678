/** PromQL of a policy workload's readings; `{{service}}` stands for the entity's name. */
export interface PolicyQueries {
  /** Running instances. */
  instances: string;
  /** Average CPU utilization, percent of the request. */
  cpu: string;
  /** Average memory utilization, percent of the request. */
  memory: string;
  /** p95 latency in milliseconds. */
  p95Ms: string;
}

const requests = (resource: string) =>
  `(sum(kube_pod_container_resource_requests{container="{{service}}",resource="${resource}"}) * scalar(railway_service_replicas{service="{{service}}"}))`;

/**
 * The sandbox's series (and Railway's exporter naming): instances from
 * `railway_service_replicas`; CPU and memory of all instances over one
 * instance's request times the instances; p95 from the latency histogram.
 */
export const DEFAULT_POLICY_QUERIES: PolicyQueries = {
  instances: 'railway_service_replicas{service="{{service}}"}',
  cpu: `100 * sum(rate(container_cpu_usage_seconds_total{container="{{service}}"}[5m])) / ${requests(
    'cpu',
  )}`,
  memory: `100 * sum(container_memory_working_set_bytes{container="{{service}}"}) / ${requests(
    'memory',
  )}`,
  p95Ms:
    '1000 * histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="{{service}}"}[5m])))',
};
