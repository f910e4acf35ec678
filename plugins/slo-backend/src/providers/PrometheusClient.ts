import { ForwardedError } from '@backstage/errors';

/** One sample of an instant vector, the value already parsed. */
export interface PrometheusSample {
  metric: Record<string, string>;
  /** Unix seconds */
  time: number;
  /** `NaN` stays `NaN`: callers decide what no data means. */
  value: number;
}

export interface PrometheusClientOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; never logged. */
  token?: string;
  timeoutMs: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each further one. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

type PrometheusResponse = {
  status: 'success' | 'error';
  data?: {
    resultType: 'vector' | 'matrix' | 'scalar' | 'string';
    result: unknown;
  };
  errorType?: string;
  error?: string;
};

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 5_000;

/** An answer Prometheus gave but that is not a result (a bad query, mostly). */
export class PrometheusQueryError extends Error {
  constructor(readonly query: string, message: string) {
    super(`Prometheus rejected "${query}": ${message}`);
    this.name = 'PrometheusQueryError';
  }
}

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

function parseValue(raw: unknown): number {
  return Number(raw); // "NaN", "+Inf" and "-Inf" parse as such
}

/**
 * The Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`) with an
 * explicit timeout per attempt and bounded retries with backoff that honour
 * `Retry-After`.
 */
export class PrometheusClient {
  private readonly fetch: typeof fetch;
  private readonly attempts: number;
  private readonly backoffMs: number;

  constructor(private readonly options: PrometheusClientOptions) {
    if (options.token !== undefined && !/^[\x21-\x7e]+$/.test(options.token)) {
      // Say what is wrong without quoting the secret.
      throw new Error(
        'The Prometheus token holds characters a header cannot carry (a line break or space?)',
      );
    }
    this.fetch = options.fetch ?? fetch;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
  }

  /** An instant query at `time` (unix seconds). */
  async query(query: string, time: number): Promise<PrometheusSample[]> {
    const data = await this.request('query', query, { time: String(time) });
    if (data.resultType === 'scalar') {
      const [t, v] = data.result as [number, string];
      return [{ metric: {}, time: t, value: parseValue(v) }];
    }
    if (data.resultType !== 'vector') {
      throw new PrometheusQueryError(
        query,
        `expected a vector, got a ${data.resultType}`,
      );
    }
    return (
      data.result as Array<{
        metric: Record<string, string>;
        value: [number, string];
      }>
    ).map(r => ({
      metric: r.metric,
      time: r.value[0],
      value: parseValue(r.value[1]),
    }));
  }

  /** A range query; the samples of every series, flattened. */
  async queryRange(
    query: string,
    range: { start: number; end: number; stepSeconds: number },
  ): Promise<PrometheusSample[]> {
    const data = await this.request('query_range', query, {
      start: String(range.start),
      end: String(range.end),
      step: String(range.stepSeconds),
    });
    if (data.resultType !== 'matrix') {
      throw new PrometheusQueryError(
        query,
        `expected a matrix, got a ${data.resultType}`,
      );
    }
    return (
      data.result as Array<{
        metric: Record<string, string>;
        values: Array<[number, string]>;
      }>
    ).flatMap(r =>
      r.values.map(([t, v]) => ({
        metric: r.metric,
        time: t,
        value: parseValue(v),
      })),
    );
  }

  private async request(
    endpoint: 'query' | 'query_range',
    query: string,
    params: Record<string, string>,
  ): Promise<NonNullable<PrometheusResponse['data']>> {
    const url = `${this.options.baseUrl.replace(
      /\/+$/,
      '',
    )}/api/v1/${endpoint}`;
    const body = new URLSearchParams({ query, ...params });
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    };
    if (this.options.token)
      headers.Authorization = `Bearer ${this.options.token}`;

    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      let waitMs = this.backoffMs * 2 ** (attempt - 1);
      try {
        const res = await this.fetch(url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (RETRYABLE_STATUS.has(res.status)) {
          waitMs = retryAfterMs(res) ?? waitMs;
          lastError = new Error(
            `Prometheus answered ${res.status} ${res.statusText}`,
          );
        } else {
          return await this.parse(res, query);
        }
      } catch (error) {
        if (error instanceof PrometheusQueryError) throw error;
        lastError =
          (error as Error | undefined)?.name === 'TimeoutError'
            ? new Error(
                `Prometheus did not answer within ${this.options.timeoutMs} ms`,
              )
            : (error as Error);
      }
      if (attempt < this.attempts) {
        await new Promise(resolve => setTimeout(resolve, waitMs));
      }
    }
    throw new ForwardedError(
      `Prometheus at ${this.options.baseUrl} failed after ${this.attempts} attempts`,
      lastError,
    );
  }

  private async parse(res: Response, query: string) {
    let json: PrometheusResponse;
    try {
      json = (await res.json()) as PrometheusResponse;
    } catch {
      throw new Error(
        `Prometheus answered ${res.status} with a body that is not JSON`,
      );
    }
    if (json.status === 'error' || !res.ok) {
      throw new PrometheusQueryError(
        query,
        json.error ?? `${res.status} ${res.statusText}`,
      );
    }
    if (!json.data) {
      throw new Error('Prometheus answered without data');
    }
    return json.data;
  }
}
