import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
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
  answer?: CachedAnswer;
  error?: string;
};

interface CachedAnswer {
  result: SloProviderResult;
  /** ms since epoch */
  fetchedAt: number;
}

/** How long a last good answer is kept to fall back on. */
const LAST_GOOD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Lists an entity's SLOs from every provider that applies. A fresh answer is
 * reused for `freshMs`, and concurrent requests for one entity share one
 * computation; when a provider fails, its last good answer is served
 * with `stale: true` and the error, or the error alone when there is none.
 */
export class SloService {
  /** Answers being computed, so concurrent requests for one entity share one. */
  private readonly inFlight = new Map<string, Promise<SourceAnswer>>();

  constructor(
    private readonly options: {
      providers: SloProviders;
      cache: CacheService;
      store: SloSnapshotStore;
      logger: LoggerService;
      freshMs: number;
      now?: () => number;
    },
  ) {}

  async list(entity: Entity): Promise<SloListResponse> {
    const entityRef = stringifyEntityRef(entity);
    const response: SloListResponse = { entityRef, slos: [], errors: [] };
    const answers = await Promise.all(
      this.applicable(entity).map(([name, provider]) =>
        this.answer(name, provider, entity, entityRef),
      ),
    );
    for (const { source, answer, error } of answers) {
      if (answer) {
        response.slos.push(
          ...answer.result.slos.map(slo =>
            error ? { ...slo, stale: true, error: slo.error ?? error } : slo,
          ),
        );
        response.errors.push(
          ...answer.result.problems.map(message => ({ source, message })),
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

  private answer(
    source: SloSource,
    provider: SloProvider,
    entity: Entity,
    entityRef: string,
  ): Promise<SourceAnswer> {
    const key = `slos:${source}:${entityRef}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.fetchAnswer(key, source, provider, entity).finally(() =>
        this.inFlight.delete(key),
      );
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async fetchAnswer(
    key: string,
    source: SloSource,
    provider: SloProvider,
    entity: Entity,
  ): Promise<SourceAnswer> {
    const cached = (await this.options.cache.get(key)) as
      | CachedAnswer
      | undefined;
    const now = this.now();
    if (cached && now - cached.fetchedAt < this.options.freshMs) {
      return { source, answer: cached };
    }
    try {
      const result = await provider.list(entity, now);
      const answer: CachedAnswer = { result, fetchedAt: now };
      await this.options.cache.set(key, answer as any, {
        ttl: LAST_GOOD_TTL_MS,
      });
      return { source, answer };
    } catch (e) {
      const error = (e as Error).message;
      const entityRef = stringifyEntityRef(entity);
      this.options.logger.warn(`SLO source ${source} failed for ${entityRef}`, {
        source,
        entityRef,
        error,
      });
      return { source, answer: cached, error };
    }
  }
}
