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
    /** Timeout of each upstream request. Default 10 seconds. */
    timeout?: HumanDuration | string;
    /** How long an entity's SLO figures are reused before they are recomputed. Default 1 minute. */
    cacheTtl?: HumanDuration | string;
  };
}
