import { assertHeaderSafeToken, fetchWithRetry } from '@internal/backend-kit';
import { z } from 'zod/v3';

/** One sample; `NaN` when Prometheus says `"NaN"`. */
export interface PrometheusSample {
  /** Unix seconds */
  time: number;
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

/** Prometheus refused the query (400/422, a bad PromQL mostly): no retry mends it. */
class PrometheusQueryError extends Error {
  name = 'PrometheusQueryError';
}

const sample = z.tuple([z.number(), z.string()]);
const answerSchema = z.object({
  status: z.enum(['success', 'error']),
  error: z.string().optional(),
  data: z
    .object({
      resultType: z.string(),
      result: z.array(
        z.object({
          metric: z.record(z.string()),
          value: sample.optional(),
          values: z.array(sample).optional(),
        }),
      ),
    })
    .optional(),
});

/**
 * The little of the Prometheus HTTP API this plugin reads: the first series
 * of an instant or a range query, with an explicit timeout per attempt and
 * bounded retries that honour `Retry-After`.
 */
export class PrometheusClient {
  private readonly baseUrl: string;

  constructor(private readonly options: PrometheusClientOptions) {
    assertHeaderSafeToken(options.token, 'Prometheus');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** The first series' value at `time` (unix seconds); undefined when there is none. */
  async instant(query: string, time: number): Promise<number | undefined> {
    const result = await this.request('query', query, { time: String(time) });
    const value = result[0]?.value;
    return value && Number(value[1]);
  }

  /** The first series' samples from `start` to `end` (unix seconds). */
  async range(
    query: string,
    range: { start: number; end: number; stepSeconds: number },
  ): Promise<PrometheusSample[]> {
    const result = await this.request('query_range', query, {
      start: String(range.start),
      end: String(range.end),
      step: String(range.stepSeconds),
    });
    return (result[0]?.values ?? []).map(([time, value]) => ({
      time,
      value: Number(value),
    }));
  }

  private request(
    endpoint: 'query' | 'query_range',
    query: string,
    params: Record<string, string>,
  ) {
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    };
    if (this.options.token) {
      headers.Authorization = `Bearer ${this.options.token}`;
    }
    return fetchWithRetry(
      `${this.baseUrl}/api/v1/${endpoint}`,
      {
        method: 'POST',
        headers,
        body: new URLSearchParams({ query, ...params }),
      },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 250,
        fetch: this.options.fetch ?? fetch,
        name: 'Prometheus',
        describe: `Prometheus at ${this.baseUrl}`,
        read: async res => {
          let json: unknown;
          try {
            json = await res.json();
          } catch {
            throw new Error(
              `Prometheus answered ${res.status} with a body that is not JSON`,
            );
          }
          const parsed = answerSchema.safeParse(json);
          if (!parsed.success || parsed.data.status === 'error' || !res.ok) {
            throw new PrometheusQueryError(
              `Prometheus rejected "${query}": ${
                (parsed.success && parsed.data.error) ||
                `${res.status} ${res.statusText}`.trim()
              }`,
            );
          }
          return parsed.data.data?.result ?? [];
        },
        isFinal: error => error instanceof PrometheusQueryError,
      },
    );
  }
}
