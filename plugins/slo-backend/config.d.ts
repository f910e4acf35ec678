import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** The SLO plugin: error budgets and burn rates of each entity's SLOs. */
  slo?: {
    /** Prometheus that evaluates OpenSLO ratio indicators. */
    prometheus?: {
      /** Base URL, e.g. http://prometheus:9090. Default http://127.0.0.1:9090. */
      baseUrl?: string;
      /**
       * Bearer token sent to Prometheus, if it needs one.
       * @visibility secret
       */
      token?: string;
    };
    /** The Grafana SLO app: SLOs selected by `grafana.com/slo-selector`. */
    grafana?: {
      /** Grafana's base URL, e.g. https://example.grafana.net */
      baseUrl: string;
      /**
       * Service-account token with access to the SLO app and the datasource proxy.
       * @visibility secret
       */
      token: string;
      /** Query this Prometheus datasource for every SLO instead of the SLO's own destination datasource. */
      datasourceUid?: string;
      /** Query the recording-rule series on this Prometheus directly (with `slo.prometheus.token`) instead of through Grafana. */
      prometheusBaseUrl?: string;
    };
    /** Timeout of each upstream request. Default 10 seconds. */
    timeout?: HumanDuration | string;
    /** How long an entity's SLO figures are reused before they are recomputed. Default 1 minute. */
    cacheTtl?: HumanDuration | string;
    /** The daily snapshots behind the budget burn-down history. */
    snapshots?: {
      /** When the snapshot task runs (all replicas share it). Default hourly. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Days of snapshots kept. Default 400. */
      retentionDays?: number;
    };
  };
}
