import { CacheService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/** What `LastGoodCache.get` found: a value, an error, or both when stale. */
export interface LastGoodAnswer<T> {
  /** The fresh value, or the last good one when `error` is set. */
  value?: T;
  /** When `value` was loaded, ms since epoch. */
  fetchedAt?: number;
  /** Why loading failed; `value`, if any, is then stale. */
  error?: Error;
}

interface Entry {
  /** The last good value, absent when there never was one. */
  value?: unknown;
  fetchedAt?: number;
  /** The last failure, remembered for `freshMs` so an outage costs one wait. */
  failure?: { at: number; name: string; message: string };
}

/** How long a last good answer is kept by default to fall back on: 7 days. */
const DEFAULT_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Upstream answers through the Backstage cache: a value is reused while it
 * is younger than `freshMs`; after that it is loaded again, and when loading
 * fails the last good value is served with the error, so callers can mark
 * it stale. A failure is remembered for `freshMs` too: while an upstream is
 * down, requests get the stale value at once instead of each waiting out
 * the timeouts and retries. Concurrent requests for one key share one load. Values must be
 * JSON-serialisable, as the cache may be Redis.
 */
export class LastGoodCache {
  private readonly inFlight = new Map<string, Promise<LastGoodAnswer<any>>>();

  constructor(
    private readonly options: {
      cache: CacheService;
      freshMs: number;
      /** How long the last good value is kept; 7 days by default. */
      keepMs?: number;
      now?: () => number;
    },
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<LastGoodAnswer<T>> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.refresh(key, load).finally(() =>
        this.inFlight.delete(key),
      );
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async refresh<T>(
    key: string,
    load: () => Promise<T>,
  ): Promise<LastGoodAnswer<T>> {
    const cached = (await this.options.cache.get(key)) as Entry | undefined;
    const now = this.options.now?.() ?? Date.now();
    const { freshMs, cache } = this.options;
    const ttl = this.options.keepMs ?? DEFAULT_KEEP_MS;
    const last = {
      value: cached?.value as T | undefined,
      fetchedAt: cached?.fetchedAt,
    };
    if (cached?.failure && now - cached.failure.at < freshMs) {
      const error = new Error(cached.failure.message);
      error.name = cached.failure.name;
      return { ...last, error };
    }
    if (cached?.fetchedAt !== undefined && now - cached.fetchedAt < freshMs) {
      return last;
    }
    try {
      const value = await load();
      const entry: Entry = { value, fetchedAt: now };
      await cache.set(key, entry as JsonValue, { ttl });
      return { value, fetchedAt: now };
    } catch (e) {
      const error = e as Error;
      const entry: Entry = {
        ...last,
        failure: { at: now, name: error.name, message: error.message },
      };
      await cache.set(key, entry as JsonValue, { ttl });
      return { ...last, error };
    }
  }
}
