import { rewriteSliQuery } from './rewrite';
import { sandboxGrafanaSlos } from './slos';

const slos = sandboxGrafanaSlos(['api-gateway', 'orchestrator']);
const gateway = slos[0].uuid; // bd6812abe91916

describe('rewriteSliQuery', () => {
  it("reads the SLO's own window for grafana_slo_sli_window", () => {
    expect(
      rewriteSliQuery(
        `grafana_slo_sli_window{grafana_slo_uuid="${gateway}"}`,
        slos,
      ),
    ).toEqual({
      kind: 'forward',
      query:
        '(sum(increase(http_requests_total{service="api-gateway",code!~"5.."}[28d])) or vector(0)) / sum(increase(http_requests_total{service="api-gateway"}[28d]))',
    });
  });

  it.each(['5m', '30m', '1h', '2h', '6h', '1d', '3d'])(
    'measures grafana_slo_sli_%s over that range',
    window => {
      expect(
        rewriteSliQuery(
          `grafana_slo_sli_${window}{grafana_slo_uuid="${gateway}"}`,
          slos,
        ),
      ).toEqual({
        kind: 'forward',
        query: `(sum(increase(http_requests_total{service="api-gateway",code!~"5.."}[${window}])) or vector(0)) / sum(increase(http_requests_total{service="api-gateway"}[${window}]))`,
      });
    },
  );

  it('rewrites every SLI series of a larger expression, in parentheses', () => {
    const orchestrator = slos[1].uuid;
    expect(
      rewriteSliQuery(
        `min(grafana_slo_sli_1h{ grafana_slo_uuid = "${gateway}" }) - grafana_slo_sli_5m{grafana_slo_uuid="${orchestrator}"}`,
        slos,
      ),
    ).toEqual({
      kind: 'forward',
      query:
        'min(((sum(increase(http_requests_total{service="api-gateway",code!~"5.."}[1h])) or vector(0)) / sum(increase(http_requests_total{service="api-gateway"}[1h])))) - ((sum(increase(http_requests_total{service="orchestrator",code!~"5.."}[5m])) or vector(0)) / sum(increase(http_requests_total{service="orchestrator"}[5m])))',
    });
  });

  it('answers empty for an SLO it does not know', () => {
    expect(
      rewriteSliQuery('grafana_slo_sli_window{grafana_slo_uuid="nope"}', slos),
    ).toEqual({ kind: 'empty' });
    expect(
      rewriteSliQuery(
        `grafana_slo_sli_1h{grafana_slo_uuid="${gateway}"} / grafana_slo_sli_1h{grafana_slo_uuid="nope"}`,
        slos,
      ),
    ).toEqual({ kind: 'empty' });
  });

  it('forwards any other query as it is', () => {
    for (const query of [
      'sum(rate(http_requests_total{service="api-gateway"}[5m]))',
      'grafana_slo_objective{grafana_slo_uuid="bd6812abe91916"}',
      'grafana_slo_sli_15m{grafana_slo_uuid="bd6812abe91916"}',
      'grafana_slo_sli_1h{grafana_slo_uuid="bd6812abe91916",group="a"}',
      '',
    ]) {
      expect(rewriteSliQuery(query, slos)).toEqual({ kind: 'forward', query });
    }
  });
});
