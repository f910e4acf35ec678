import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { LastGoodCache } from '@internal/backend-kit';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  SloHistoryPoint,
  SloListResponse,
  SloSource,
} from '@internal/plugin-slo-common';
import { SloSnapshotStore } from '../database/SloSnapshotStore';
import { SloProvider, SloProviderResult } from '../providers/SloProvider';
import { mergeHistory, utcDay } from './snapshots';

export type SloProviders = Partial<Record<SloSource, SloProvider>>;

type SourceAnswer = {
  source: SloSource;
  result?: SloProviderResult;
  error?: string;
};

/**
 * Lists an entity's SLOs from every provider that applies. A fresh answer is
 * reused for `freshMs`, and concurrent requests for one entity share one
 * computation; when a provider fails, its last good answer is served
 * with `stale: true` and the error, or the error alone when there is none.
 */
export class SloService {
  private readonly answers: LastGoodCache;

  constructor(
    private readonly options: {
      providers: SloProviders;
      cache: CacheService;
      store: SloSnapshotStore;
      logger: LoggerService;
      freshMs: number;
      now?: () => number;
    },
  ) {
    this.answers = new LastGoodCache({
      cache: options.cache,
      freshMs: options.freshMs,
      now: options.now,
    });
  }

  async list(entity: Entity): Promise<SloListResponse> {
    const entityRef = stringifyEntityRef(entity);
    const response: SloListResponse = { entityRef, slos: [], errors: [] };
    const answers = await Promise.all(
      this.applicable(entity).map(([name, provider]) =>
        this.answer(name, provider, entity, entityRef),
      ),
    );
    for (const { source, result, error } of answers) {
      if (result) {
        response.slos.push(
          ...result.slos.map(slo =>
            error ? { ...slo, stale: true, error: slo.error ?? error } : slo,
          ),
        );
        response.errors.push(
          ...result.problems.map(message => ({ source, message })),
        );
      }
      if (error) {
        response.errors.push({ source, message: error });
      }
    }
    return response;
  }

  /**
   * Daily history of one SLO from `from` to `to` (UTC midnights): the
   * source's figures, with the stored daily snapshots filling the days the
   * source does not know (or all of them while it is down).
   */
  async history(
    entity: Entity,
    id: string,
    range: { from: number; to: number },
  ): Promise<SloHistoryPoint[] | undefined> {
    const entityRef = stringifyEntityRef(entity);
    let fromSource: SloHistoryPoint[] | undefined;
    for (const [source, provider] of this.applicable(entity)) {
      try {
        fromSource = await provider.history(entity, id, {
          ...range,
          now: this.now(),
        });
      } catch (e) {
        this.options.logger.warn(
          `SLO source ${source} gave no history for ${entityRef}; using stored snapshots`,
          { source, entityRef, error: (e as Error).message },
        );
      }
      if (fromSource) break;
    }
    const stored = await this.options.store.list({
      entityRef,
      sloId: id,
      from: utcDay(range.from),
      to: utcDay(range.to),
    });
    return mergeHistory(fromSource, stored);
  }

  private applicable(entity: Entity): Array<[SloSource, SloProvider]> {
    return (
      Object.entries(this.options.providers) as Array<[SloSource, SloProvider]>
    ).filter(([, provider]) => provider.appliesTo(entity));
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  private async answer(
    source: SloSource,
    provider: SloProvider,
    entity: Entity,
    entityRef: string,
  ): Promise<SourceAnswer> {
    const { value, error } = await this.answers.get(
      `slos:${source}:${entityRef}`,
      () => provider.list(entity, this.now()),
    );
    if (error) {
      this.options.logger.warn(`SLO source ${source} failed for ${entityRef}`, {
        source,
        entityRef,
        error: error.message,
      });
    }
    return { source, result: value, error: error?.message };
  }
}
