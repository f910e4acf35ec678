import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** The autoscaling plugin: each entity's HPAs and policy-scaled services. */
  autoscaling?: {
    /** Timeout of each upstream request (3 attempts at most). Default 10 seconds. */
    timeout?: HumanDuration | string;
    /** How long an upstream answer is reused before it is asked again. Default 30 seconds. */
    cacheTtl?: HumanDuration | string;
    kubernetes?: {
      /** The clusters searched for HorizontalPodAutoscalers, all in parallel. */
      clusters?: Array<{
        /** The cluster's name in answers and errors, e.g. `eks-prod`. */
        name: string;
        /**
         * The API server, http(s). Its certificate must be trusted by Node
         * (a public CA, or `NODE_EXTRA_CA_CERTS`).
         */
        url: string;
        /**
         * A bearer token allowed to list horizontalpodautoscalers and events.
         * @visibility secret
         */
        token?: string;
        /** A file holding the bearer token instead, read on every request (projected tokens rotate). */
        serviceAccountTokenFile?: string;
      }>;
    };
    /** Where policy workloads (`agent-platform.io/autoscaling-policy`) are read. */
    prometheus?: {
      /** Default http://127.0.0.1:9090 */
      baseUrl?: string;
      /**
       * Sent as a bearer token.
       * @visibility secret
       */
      token?: string;
      /** PromQL of a policy workload's readings; `{{service}}` stands for the entity's name. Defaults read the sandbox's series. */
      queries?: {
        /** Running instances. */
        instances?: string;
        /** Average CPU utilization, percent. */
        cpu?: string;
        /** Average memory utilization, percent. */
        memory?: string;
        /** p95 latency, milliseconds. */
        p95Ms?: string;
      };
      /**
       * PromQL of an HPA's history. `{{namespace}}` and `{{workload}}` stand
       * for the HPA's namespace and name, `{{service}}` for the entity's
       * name. Defaults read kube-state-metrics.
       */
      hpaQueries?: {
        /** Replicas running. Default `kube_horizontalpodautoscaler_status_current_replicas{…}`. */
        replicas?: string;
        /** Replicas the HPA asks for. */
        desired?: string;
        /** The HPA's maximum. */
        max?: string;
        /** Utilization metrics in percent, one series per `metric_name` label. Default `kube_horizontalpodautoscaler_status_target_metric{…,metric_target_type="utilization"}`. */
        utilization?: string;
        /** p95 latency, milliseconds. */
        p95Ms?: string;
      };
    };
    /** The scheduled task that records every replica change (one instance runs it at a time). */
    recording?: {
      /** Default every 5 minutes, the first run 10 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** How far back a workload seen for the first time is read; a week at most. Default 7 days. */
      firstLookBack?: HumanDuration | string;
      /** Recorded events older than this are deleted. Default 180. */
      retentionDays?: number;
    };
  };
}
