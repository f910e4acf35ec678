import { SandboxGrafanaSlo } from './slos';

/** The SLI windows Grafana writes recording rules for; `window` is the SLO's own. */
export const GRAFANA_SLI_WINDOWS = [
  'window',
  '5m',
  '30m',
  '1h',
  '2h',
  '6h',
  '1d',
  '3d',
] as const;

const SLI_SERIES = new RegExp(
  `grafana_slo_sli_(${GRAFANA_SLI_WINDOWS.join(
    '|',
  )})\\s*\\{\\s*grafana_slo_uuid\\s*=\\s*"([^"\\\\]*)"\\s*,?\\s*\\}`,
  'g',
);

/** What to do with a query sent to the data source proxy. */
export type SliQueryRewrite =
  | { kind: 'forward'; query: string }
  /** It reads an SLO the stand-in does not know: answer an empty result. */
  | { kind: 'empty' };

/**
 * Stands in for Grafana's recording rules: every
 * `grafana_slo_sli_<w>{grafana_slo_uuid="<uuid>"}` in `query` becomes the
 * SLO's ratio on the raw counters over `w` (the SLO's own window for
 * `window`): `(sum(increase(success[w])) or vector(0)) / sum(increase(total[w]))`,
 * in parentheses when it is part of a larger expression. Any other query is
 * forwarded as it is. Pure.
 */
export function rewriteSliQuery(
  query: string,
  slos: readonly SandboxGrafanaSlo[],
): SliQueryRewrite {
  const byUuid = new Map(slos.map(slo => [slo.uuid, slo]));
  let unknown = false;
  const whole = query.trim();
  const rewritten = query.replace(
    SLI_SERIES,
    (match: string, window: string, uuid: string) => {
      const slo = byUuid.get(uuid);
      if (!slo) {
        unknown = true;
        return match;
      }
      const range = window === 'window' ? slo.objectives[0].window : window;
      const { successMetric, totalMetric } = slo.query.ratio;
      const ratio = `(sum(increase(${successMetric.prometheusMetric}[${range}])) or vector(0)) / sum(increase(${totalMetric.prometheusMetric}[${range}]))`;
      return match === whole ? ratio : `(${ratio})`;
    },
  );
  return unknown ? { kind: 'empty' } : { kind: 'forward', query: rewritten };
}
