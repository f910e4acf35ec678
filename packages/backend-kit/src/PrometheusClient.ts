import { z } from 'zod/v3';
import { fetchWithRetry } from './fetchWithRetry';
import { assertHeaderSafeToken } from './headerSafeToken';

/** One sample of an instant vector, the value already parsed. */
export interface PrometheusSample {
  metric: Record<string, string>;
  /** Unix seconds */
  time: number;
  /** `NaN` stays `NaN`: callers decide what no data means. */
  value: number;
}

/** One series of a range query. */
export interface PrometheusSeries {
  metric: Record<string, string>;
  /** Unix seconds and values, oldest first; `NaN` stays `NaN`. */
  points: Array<{ time: number; value: number }>;
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

const sample = z.tuple([z.number(), z.string()]);
const answerSchema = z.object({
  status: z.enum(['success', 'error']),
  error: z.string().optional(),
  data: z
    .object({
      resultType: z.enum(['vector', 'matrix', 'scalar', 'string']),
      result: z.unknown(),
    })
    .optional(),
});
const vectorSchema = z.array(
  z.object({ metric: z.record(z.string()), value: sample }),
);
const matrixSchema = z.array(
  z.object({ metric: z.record(z.string()), values: z.array(sample) }),
);
type PrometheusData = NonNullable<z.infer<typeof answerSchema>['data']>;

/** An answer Prometheus gave but that is not a result (a bad query, mostly). */
export class PrometheusQueryError extends Error {
  constructor(readonly query: string, message: string) {
    super(`Prometheus rejected "${query}": ${message}`);
    this.name = 'PrometheusQueryError';
  }
}

/** `data.result` checked against `schema`: a malformed answer names the query. */
function shaped<T>(
  schema: z.ZodType<T>,
  data: PrometheusData,
  query: string,
): T {
  const parsed = schema.safeParse(data.result);
  if (!parsed.success) {
    throw new PrometheusQueryError(
      query,
      `the ${data.resultType} in the answer is malformed`,
    );
  }
  return parsed.data;
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
    assertHeaderSafeToken(options.token, 'Prometheus');
    this.fetch = options.fetch ?? fetch;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
  }

  /** An instant query at `time` (unix seconds). */
  async query(query: string, time: number): Promise<PrometheusSample[]> {
    const data = await this.request('query', query, { time: String(time) });
    if (data.resultType === 'scalar') {
      const [t, v] = shaped(sample, data, query);
      return [{ metric: {}, time: t, value: parseValue(v) }];
    }
    if (data.resultType !== 'vector') {
      throw new PrometheusQueryError(
        query,
        `expected a vector, got a ${data.resultType}`,
      );
    }
    return shaped(vectorSchema, data, query).map(r => ({
      metric: r.metric,
      time: r.value[0],
      value: parseValue(r.value[1]),
    }));
  }

  /** A range query: every series of the matrix. */
  async queryRange(
    query: string,
    range: { start: number; end: number; stepSeconds: number },
  ): Promise<PrometheusSeries[]> {
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
    return shaped(matrixSchema, data, query).map(r => ({
      metric: r.metric,
      points: r.values.map(([t, v]) => ({ time: t, value: parseValue(v) })),
    }));
  }

  private async request(
    endpoint: 'query' | 'query_range',
    query: string,
    params: Record<string, string>,
  ): Promise<PrometheusData> {
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

    return fetchWithRetry(
      url,
      { method: 'POST', headers, body },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        fetch: this.fetch,
        name: 'Prometheus',
        describe: `Prometheus at ${this.options.baseUrl}`,
        read: res => this.parse(res, query),
        isFinal: error => error instanceof PrometheusQueryError,
      },
    );
  }

  private async parse(res: Response, query: string) {
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new Error(
        `Prometheus answered ${res.status} with a body that is not JSON`,
      );
    }
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) {
      throw new Error(
        `Prometheus answered ${res.status} with JSON that is not a Prometheus answer`,
      );
    }
    const json = parsed.data;
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
