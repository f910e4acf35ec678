import { ForwardedError } from '@backstage/errors';

export interface FetchWithRetryOptions<T> {
  /** Per attempt, reading the answer included. */
  timeoutMs: number;
  /** Attempts, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles on each further one. */
  backoffMs: number;
  fetch: typeof fetch;
  /** The upstream in one attempt's messages, e.g. `Prometheus`. */
  name: string;
  /** The upstream when giving up, e.g. `Prometheus at http://…`. */
  describe: string;
  /**
   * Reads the answer within the attempt, so the timeout covers the body too.
   * What it throws is retried, unless `isFinal` says otherwise.
   */
  read: (res: Response) => Promise<T>;
  /** Errors of `read` that no retry can mend (a rejected query, a refused token). */
  isFinal?: (error: unknown) => boolean;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 5_000;

/** `Retry-After` in seconds or as an HTTP date, capped at 5 s. */
function retryAfterMs(res: Response): number | undefined {
  const header = res.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds)
    ? seconds * 1000
    : Date.parse(header) - Date.now();
  return Number.isFinite(ms)
    ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
    : undefined;
}

/**
 * One upstream request with an explicit timeout per attempt and bounded
 * retries with exponential backoff on 429/502/503/504, timeouts and network
 * errors, honouring `Retry-After`. Gives up with a ForwardedError
 * `<describe> failed after N attempts`. Messages never include the request's
 * headers, so a token stays out of them.
 */
export async function fetchWithRetry<T>(
  url: string,
  init: RequestInit,
  options: FetchWithRetryOptions<T>,
): Promise<T> {
  const { attempts, backoffMs, timeoutMs, name } = options;
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let waitMs = backoffMs * 2 ** (attempt - 1);
    try {
      const res = await options.fetch(url, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (RETRYABLE_STATUS.has(res.status)) {
        // free the connection: this answer's body is never read
        res.body?.cancel().catch(() => {});
        waitMs = retryAfterMs(res) ?? waitMs;
        lastError = new Error(
          `${name} answered ${res.status} ${res.statusText}`,
        );
      } else {
        return await options.read(res);
      }
    } catch (error) {
      if (options.isFinal?.(error)) throw error;
      lastError =
        (error as Error | undefined)?.name === 'TimeoutError'
          ? new Error(`${name} did not answer within ${timeoutMs} ms`)
          : (error as Error);
    }
    if (attempt < attempts) {
      await new Promise(resolve => setTimeout(resolve, waitMs));
    }
  }
  throw new ForwardedError(
    `${options.describe} failed after ${attempts} attempts`,
    lastError,
  );
}
