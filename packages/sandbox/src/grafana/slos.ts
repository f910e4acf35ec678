import { createHash } from 'node:crypto';
import { DEMO_SERVICES } from '../services';

/** The data source uid the stand-in's SLOs write their recording rules to. */
export const SANDBOX_PROMETHEUS_DATASOURCE_UID = 'sandbox-prometheus';

/** An SLO as the Grafana SLO app lists it (the fields the sandbox fills). */
export interface SandboxGrafanaSlo {
  uuid: string;
  name: string;
  description: string;
  query: {
    type: 'ratio';
    ratio: {
      successMetric: { prometheusMetric: string };
      totalMetric: { prometheusMetric: string };
      groupByLabels: string[];
    };
  };
  objectives: Array<{ value: number; window: string }>;
  labels: Array<{ key: string; value: string }>;
  alerting: {
    fastBurn: { annotations: []; labels: [] };
    slowBurn: { annotations: []; labels: [] };
  };
  destinationDatasource: { uid: string };
  drillDownDashboardRef: { uid: string };
  readOnly: { status: { type: 'created' } };
}

/** The owner of each demo service, as `catalog/services/<name>` has it. */
export const SANDBOX_SERVICE_TEAMS: Readonly<Record<string, string>> = {
  'opportunity-agent': 'agents-team',
  'target-agent': 'agents-team',
  'realization-agent': 'agents-team',
  'expansion-agent': 'agents-team',
  'integrity-agent': 'agents-team',
  orchestrator: 'platform-team',
  'api-gateway': 'platform-team',
  'inventory-backend': 'web-team',
  'inventory-frontend': 'web-team',
};

/** A Grafana-like uuid (14 lowercase hex digits), the same for the same name. */
export function sandboxSloUuid(name: string): string {
  return createHash('sha256')
    .update(`sandbox-grafana-slo/${name}`)
    .digest('hex')
    .slice(0, 14);
}

/**
 * One availability SLO per demo service: 99.5 % of its requests (all routes)
 * answer without a 5xx, over a rolling 28 days, labelled with the service and
 * its owner team.
 */
export function sandboxGrafanaSlos(
  services: readonly string[] = DEMO_SERVICES.map(s => s.name),
): SandboxGrafanaSlo[] {
  return services.map(service => {
    const team = SANDBOX_SERVICE_TEAMS[service];
    if (!team) throw new Error(`No owner team for demo service ${service}`);
    const name = `${service} availability`;
    return {
      uuid: sandboxSloUuid(name),
      name,
      description: `99.5 % of ${service}'s requests answer without a 5xx`,
      query: {
        type: 'ratio',
        ratio: {
          successMetric: {
            prometheusMetric: `http_requests_total{service="${service}",code!~"5.."}`,
          },
          totalMetric: {
            prometheusMetric: `http_requests_total{service="${service}"}`,
          },
          groupByLabels: [],
        },
      },
      objectives: [{ value: 0.995, window: '28d' }],
      labels: [
        { key: 'service', value: service },
        { key: 'team', value: team },
      ],
      alerting: {
        fastBurn: { annotations: [], labels: [] },
        slowBurn: { annotations: [], labels: [] },
      },
      destinationDatasource: { uid: SANDBOX_PROMETHEUS_DATASOURCE_UID },
      drillDownDashboardRef: { uid: `${service}-slo` },
      readOnly: { status: { type: 'created' } },
    };
  });
}
