import { Entity } from '@backstage/catalog-model';
import {
  BURN_RATE_WINDOWS,
  durationMinutes,
  errorBudgetRemaining,
  SLO_SELECTOR_ANNOTATION,
  SloHistoryPoint,
} from '@internal/plugin-slo-common';
import {
  evaluateSlo,
  SloDescription,
  SloMeasurements,
  sliOrNull,
  unevaluatedSlo,
} from '../service/evaluateSlo';
import { inferIndicator } from '../service/indicator';
import { runbookUrl } from '../service/runbooks';
import {
  matchesSelector,
  parseSloSelector,
  SloLabel,
} from '../service/sloSelector';
import { GrafanaSlo, GrafanaSloClient } from './GrafanaSloClient';
import { PrometheusClient, PrometheusQueryError } from '@internal/backend-kit';
import { SloProvider, SloProviderResult } from './SloProvider';

const DAY_MS = 24 * 60 * 60 * 1000;

/** No Prometheus to read an SLO from (it names no data source, say). */
class DatasourceError extends Error {
  name = 'DatasourceError';
}

export interface GrafanaSloProviderOptions {
  grafana: GrafanaSloClient;
  /**
   * The Prometheus holding an SLO's recording rules, given the uid of the
   * SLO's `destinationDatasource` (undefined when it names none). See
   * `grafanaDatasourceProxy`. May throw: that SLO is then listed unevaluated.
   */
  prometheusFor: (datasourceUid: string | undefined) => PrometheusClient;
}

/** A Grafana SLO of the entity, checked and ready to evaluate. */
interface GrafanaSloDefinition {
  slo: GrafanaSlo;
  description: SloDescription;
}

/**
 * The recording rule Grafana writes for an SLO: its SLI over the SLO's own
 * window (`window`) or over one of 5m, 30m, 1h, 2h, 6h, 1d, 3d.
 */
function sliSeries(uuid: string, window: string): string {
  return `grafana_slo_sli_${window}{grafana_slo_uuid=${JSON.stringify(uuid)}}`;
}

/**
 * One SLI from the series of an SLO: an SLO grouped by labels has one series
 * per group, and the worst group counts. NaN (no traffic) is no data.
 */
function lowestSli(samples: Array<{ value: number }>): number | null {
  const values = samples
    .map(s => sliOrNull(s.value))
    .filter((v): v is number => v !== null);
  return values.length ? Math.min(...values) : null;
}

/** Every PromQL text of an SLO's query, to tell latency from availability. */
function queryTexts(slo: GrafanaSlo): Array<string | undefined> {
  return [
    slo.query.ratio?.successMetric?.prometheusMetric,
    slo.query.ratio?.totalMetric?.prometheusMetric,
    slo.query.freeform?.query,
  ];
}

/**
 * SLOs defined in the Grafana SLO app and selected by the entity's labels
 * (`grafana.com/slo-selector: service=x[,team=y]`), measured from the
 * recording rules Grafana writes (`grafana_slo_sli_*`) in the SLO's
 * destination data source.
 */
export class GrafanaSloProvider implements SloProvider {
  /** One SLO list request at a time, shared by the entities asking meanwhile. */
  private pending?: Promise<GrafanaSlo[]>;

  constructor(private readonly options: GrafanaSloProviderOptions) {}

  appliesTo(entity: Entity): boolean {
    return Boolean(entity.metadata.annotations?.[SLO_SELECTOR_ANNOTATION]);
  }

  /** Throws on a malformed selector, naming it, and when Grafana fails. */
  async list(entity: Entity, now: number): Promise<SloProviderResult> {
    const selector = this.selector(entity);
    const { definitions, problems } = await this.definitions(entity, selector);
    const slos = await Promise.all(
      definitions.map(async ({ slo, description }) => {
        try {
          const prometheus = this.prometheusFor(slo);
          return evaluateSlo(
            description,
            await this.measure(prometheus, slo, now),
            now,
          );
        } catch (error) {
          // A query Prometheus rejects, or an SLO without a data source to
          // read, is this SLO's problem; any other failure is the source's,
          // and the caller falls back to the last good answer.
          if (
            !(error instanceof PrometheusQueryError) &&
            !(error instanceof DatasourceError)
          ) {
            throw error;
          }
          return unevaluatedSlo(description, error.message, now);
        }
      }),
    );
    return { slos, problems };
  }

  /**
   * Daily SLI and budget left for the days from `from` to `to` (UTC
   * midnights), each read from `grafana_slo_sli_window` at the end of that
   * day: one range query with a step of a day for the days that are over,
   * one instant query at `now` for the day under way (and any later one).
   */
  async history(
    entity: Entity,
    id: string,
    range: { from: number; to: number; now: number },
  ): Promise<SloHistoryPoint[] | undefined> {
    let selector: SloLabel[];
    try {
      selector = this.selector(entity);
    } catch {
      // A malformed selector selects nothing; list() reports it.
      return undefined;
    }
    const { definitions } = await this.definitions(entity, selector);
    const definition = definitions.find(d => d.slo.uuid === id);
    if (!definition) return undefined;
    const { slo, description } = definition;
    const prometheus = this.prometheusFor(slo);
    const query = sliSeries(slo.uuid, 'window');

    const days: number[] = [];
    for (let day = range.from; day <= range.to; day += DAY_MS) days.push(day);
    const over = days.filter(day => day + DAY_MS <= range.now);
    const sliAt = new Map<number, number | null>();
    if (over.length) {
      const series = await prometheus.queryRange(query, {
        start: (over[0] + DAY_MS) / 1000,
        end: (over[over.length - 1] + DAY_MS) / 1000,
        stepSeconds: DAY_MS / 1000,
      });
      for (const end of over.map(day => day + DAY_MS)) {
        const atEnd = series.flatMap(s =>
          s.points.filter(p => p.time * 1000 === end),
        );
        sliAt.set(end, lowestSli(atEnd));
      }
    }
    if (over.length < days.length) {
      const samples = await prometheus.query(query, range.now / 1000);
      sliAt.set(range.now, lowestSli(samples));
    }
    return days.map(day => {
      const sli = sliAt.get(Math.min(day + DAY_MS, range.now)) ?? null;
      return {
        date: new Date(day).toISOString().slice(0, 10),
        sli,
        errorBudgetRemaining: errorBudgetRemaining(sli, description.objective),
      };
    });
  }

  private selector(entity: Entity): SloLabel[] {
    const text = entity.metadata.annotations?.[SLO_SELECTOR_ANNOTATION];
    return text === undefined ? [] : parseSloSelector(text);
  }

  private listSlos(): Promise<GrafanaSlo[]> {
    if (!this.pending) {
      this.pending = this.options.grafana.listSlos().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** The entity's Grafana SLOs; one whose objective cannot be read is a problem. */
  private async definitions(entity: Entity, selector: SloLabel[]) {
    const definitions: GrafanaSloDefinition[] = [];
    const problems: string[] = [];
    if (selector.length === 0) return { definitions, problems };
    for (const slo of await this.listSlos()) {
      if (!matchesSelector(slo.labels, selector)) continue;
      try {
        definitions.push({ slo, description: this.describe(entity, slo) });
      } catch (error) {
        problems.push(
          `Grafana SLO "${slo.name}" (${slo.uuid}): ${
            (error as Error).message
          }`,
        );
      }
    }
    return { definitions, problems };
  }

  private describe(entity: Entity, slo: GrafanaSlo): SloDescription {
    const { value, window } = slo.objectives[0];
    if (!(value > 0 && value < 1)) {
      throw new Error(
        `objectives[0].value must be a ratio between 0 and 1, got ${value}`,
      );
    }
    durationMinutes(window); // throws on a window such as "1M"
    const indicator = inferIndicator(slo.name, queryTexts(slo));
    const dashboard = slo.drillDownDashboardRef?.uid;
    return {
      id: slo.uuid,
      name: slo.name,
      description: slo.description || undefined,
      source: 'grafana',
      indicator,
      objective: value,
      window: { type: 'rolling', duration: window },
      dashboardUrl: dashboard
        ? `${this.options.grafana.baseUrl}/d/${encodeURIComponent(dashboard)}`
        : undefined,
      runbookUrl: runbookUrl(entity, indicator),
    };
  }

  private prometheusFor(slo: GrafanaSlo): PrometheusClient {
    try {
      return this.options.prometheusFor(slo.destinationDatasource?.uid);
    } catch (error) {
      throw new DatasourceError((error as Error).message);
    }
  }

  private async measure(
    prometheus: PrometheusClient,
    slo: GrafanaSlo,
    now: number,
  ): Promise<SloMeasurements> {
    const sli = (window: string) =>
      prometheus.query(sliSeries(slo.uuid, window), now / 1000).then(lowestSli);
    const [overWindow, ...burn] = await Promise.all([
      sli('window'),
      ...BURN_RATE_WINDOWS.map(sli),
    ]);
    return {
      sli: overWindow,
      sliByWindow: Object.fromEntries(
        BURN_RATE_WINDOWS.map((w, i) => [w, burn[i]]),
      ),
    };
  }
}
