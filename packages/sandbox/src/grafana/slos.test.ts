import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_SERVICES } from '../services';
import {
  SANDBOX_SERVICE_TEAMS,
  sandboxGrafanaSlos,
  sandboxSloUuid,
} from './slos';

/** `spec.owner` of a service in the repository's catalog. */
function catalogOwner(service: string): string | undefined {
  const file = resolve(
    __dirname,
    '../../../../catalog/services',
    service,
    'catalog-info.yaml',
  );
  return /^\s+owner:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
}

describe('sandboxGrafanaSlos', () => {
  const slos = sandboxGrafanaSlos();

  it('gives every demo service one availability SLO at 99.5 % over 28 days', () => {
    expect(slos.map(s => s.labels[0].value)).toEqual(
      DEMO_SERVICES.map(s => s.name),
    );
    const gateway = slos.find(s => s.name === 'api-gateway availability');
    expect(gateway).toEqual({
      uuid: 'bd6812abe91916',
      name: 'api-gateway availability',
      description: "99.5 % of api-gateway's requests answer without a 5xx",
      query: {
        type: 'ratio',
        ratio: {
          successMetric: {
            prometheusMetric:
              'http_requests_total{service="api-gateway",code!~"5.."}',
          },
          totalMetric: {
            prometheusMetric: 'http_requests_total{service="api-gateway"}',
          },
          groupByLabels: [],
        },
      },
      objectives: [{ value: 0.995, window: '28d' }],
      labels: [
        { key: 'service', value: 'api-gateway' },
        { key: 'team', value: 'platform-team' },
      ],
      alerting: {
        fastBurn: { annotations: [], labels: [] },
        slowBurn: { annotations: [], labels: [] },
      },
      destinationDatasource: { uid: 'sandbox-prometheus' },
      drillDownDashboardRef: { uid: 'api-gateway-slo' },
      readOnly: { status: { type: 'created' } },
    });
  });

  it('labels each SLO with the team that owns the service in the catalog', () => {
    for (const slo of slos) {
      const service = slo.labels.find(l => l.key === 'service')!.value;
      const team = slo.labels.find(l => l.key === 'team')!.value;
      expect([service, team]).toEqual([service, catalogOwner(service)]);
    }
    expect(Object.keys(SANDBOX_SERVICE_TEAMS).sort()).toEqual(
      DEMO_SERVICES.map(s => s.name).sort(),
    );
  });

  it('derives stable, distinct Grafana-like uuids from the names', () => {
    expect(sandboxGrafanaSlos().map(s => s.uuid)).toEqual(
      slos.map(s => s.uuid),
    );
    expect(new Set(slos.map(s => s.uuid)).size).toBe(slos.length);
    for (const slo of slos) expect(slo.uuid).toMatch(/^[0-9a-f]{14}$/);
    expect(sandboxSloUuid('orchestrator availability')).toBe('e85915ca9843ac');
  });

  it('refuses a service without an owner team', () => {
    expect(() => sandboxGrafanaSlos(['billing'])).toThrow(
      'No owner team for demo service billing',
    );
  });
});
