import { Entity } from '@backstage/catalog-model';
import {
  BURN_RATE_WINDOWS,
  SLO_SPEC_ANNOTATION,
  SloHistoryPoint,
  errorBudgetRemaining,
} from '@internal/plugin-slo-common';
import {
  evaluateSlo,
  SloDescription,
  sliOrNull,
  unevaluatedSlo,
} from '../service/evaluateSlo';
import { OpenSloDefinition, parseOpenSlo } from '../service/openSlo';
import { sliQuery, windowRange } from '../service/promql';
import { runbookUrl } from '../service/runbooks';
import { PrometheusClient, PrometheusQueryError } from '@internal/backend-kit';
import { SpecReader } from './specReader';
import { SloProvider, SloProviderResult } from './SloProvider';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * SLOs defined in the entity's OpenSLO v1 file (`agent-platform.io/slo-spec`),
 * with ratio indicators evaluated by PromQL on Prometheus.
 */
export class OpenSloProvider implements SloProvider {
  constructor(
    private readonly prometheus: PrometheusClient,
    private readonly readSpec: SpecReader,
  ) {}

  appliesTo(entity: Entity): boolean {
    return Boolean(entity.metadata.annotations?.[SLO_SPEC_ANNOTATION]);
  }

  async list(entity: Entity, now: number): Promise<SloProviderResult> {
    const { definitions, problems } = await this.definitions(entity);
    const slos = await Promise.all(
      definitions.map(async definition => {
        const description = this.describe(entity, definition);
        try {
          return evaluateSlo(
            description,
            await this.measure(definition, now),
            now,
          );
        } catch (error) {
          // A query Prometheus rejects is this SLO's problem; any other failure
          // is the source's, and the caller falls back to the last good answer.
          if (!(error instanceof PrometheusQueryError)) throw error;
          return unevaluatedSlo(description, error.message, now);
        }
      }),
    );
    return { slos, problems };
  }

  /**
   * Daily SLI and budget left for the days from `from` to `to` (UTC midnights),
   * each measured over the SLO's window as it stood at the end of that day.
   */
  async history(
    entity: Entity,
    id: string,
    range: { from: number; to: number; now: number },
  ): Promise<SloHistoryPoint[] | undefined> {
    const { definitions } = await this.definitions(entity);
    const definition = definitions.find(d => d.id === id);
    if (!definition) return undefined;
    const days: number[] = [];
    for (let day = range.from; day <= range.to; day += DAY_MS) days.push(day);
    return Promise.all(
      days.map(async day => {
        const end = Math.min(day + DAY_MS, range.now);
        const sli = await this.sli(
          definition,
          windowRange(definition.window, end),
          end,
        );
        return {
          date: new Date(day).toISOString().slice(0, 10),
          sli,
          errorBudgetRemaining: errorBudgetRemaining(sli, definition.objective),
        };
      }),
    );
  }

  private async definitions(entity: Entity) {
    const relative = entity.metadata.annotations?.[SLO_SPEC_ANNOTATION];
    if (!relative) return { definitions: [], problems: [] };
    const { file, text } = await this.readSpec(entity, relative);
    return parseOpenSlo(file, text);
  }

  private describe(
    entity: Entity,
    definition: OpenSloDefinition,
  ): SloDescription {
    return {
      id: definition.id,
      name: definition.name,
      description: definition.description,
      source: 'openslo',
      indicator: definition.indicator,
      objective: definition.objective,
      window: definition.window,
      runbookUrl: runbookUrl(entity, definition.indicator),
    };
  }

  private async measure(definition: OpenSloDefinition, now: number) {
    const range = windowRange(definition.window, now);
    const [sli, ...burn] = await Promise.all([
      this.sli(definition, range, now),
      ...BURN_RATE_WINDOWS.map(w => this.sli(definition, w, now)),
    ]);
    return {
      sli,
      sliByWindow: Object.fromEntries(
        BURN_RATE_WINDOWS.map((w, i) => [w, burn[i]]),
      ),
    };
  }

  private async sli(definition: OpenSloDefinition, range: string, at: number) {
    const samples = await this.prometheus.query(
      sliQuery(definition.ratio, range),
      at / 1000,
    );
    return sliOrNull(samples[0]?.value);
  }
}
