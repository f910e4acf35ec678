import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** The cost plugin: imported billing data, budgets and their alerts. */
  cost?: {
    /**
     * Users and groups (entity refs) the portal's permission policy lets
     * import cost data; backend services may too.
     */
    importers?: string[];
    /** The billing currency (ISO 4217) of entities without cost lines. Default USD. */
    currency?: string;
    /**
     * FOCUS CSV exports (1.0–1.2): a directory of files, or one file at a
     * URL, each read on its schedule by one backend instance. A file is keyed
     * by its name (its URL without the query), so a new export replaces the
     * earlier one, and an unchanged file is skipped.
     */
    sources?: Array<{
      /** The source's name in imports and logs, e.g. `aws`. */
      name: string;
      /** A directory, relative to the backend's working directory. */
      directory?: string;
      /** Or an http(s) URL of one file, e.g. a rolling 13-month export. */
      url?: string;
      /**
       * Headers sent with `url`, e.g. `Authorization`.
       * @visibility secret
       */
      headers?: { [name: string]: string };
      /** For `url`: the download and import together. Default 10 minutes. */
      timeout?: HumanDuration | string;
      /** Default hourly, the first run 15 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    }>;
    /**
     * OpenCost's allocation API, for Kubernetes spend no imported bill
     * splits by workload; read by one backend instance on its schedule.
     */
    opencost?: {
      /** e.g. `http://opencost.opencost:9003`; OpenCost has no auth, keep it internal. */
      baseUrl: string;
      /** OpenCost's `aggregate`. Default `label:app`. */
      aggregate?: string;
      /** The cost tag an aggregate's name is matched as (`<tag>=<name>`). Default `service`. */
      tag?: string;
      /** Days read back on each run, today included (1–90). Default 3. */
      lookBackDays?: number;
      /** Per request. Default 30 seconds. */
      timeout?: HumanDuration | string;
      /** Default hourly, the first 20 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    budgets?: {
      /** The organisation's monthly budget, e.g. `"1200"`, in the billing currency. */
      organization?: string | number;
      /**
       * Teams' monthly budgets, e.g. `{ group: 'group:default/platform', monthly: '500' }`;
       * a team without one is measured against the sum of its entities' budgets.
       */
      groups?: Array<{ group: string; monthly: string | number }>;
      /**
       * Owning groups get a Backstage notification when an entity's spend or
       * forecast crosses a threshold, once per threshold per month.
       */
      notifications?: {
        /** Default every 30 minutes, the first a minute after start. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
      /** Fractions of the monthly budget. Default warning 0.8, critical 0.96. */
      thresholds?: {
        warning?: number;
        critical?: number;
      };
    };
  };
}
