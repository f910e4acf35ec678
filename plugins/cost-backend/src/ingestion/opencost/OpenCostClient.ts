import { fetchWithRetry } from '@internal/backend-kit';
import { z } from 'zod/v3';

const allocationSchema = z
  .object({
    name: z.string(),
    properties: z
      .object({
        cluster: z.string().optional(),
        namespace: z.string().optional(),
      })
      .passthrough()
      .optional(),
    window: z.object({ start: z.string(), end: z.string() }),
    totalCost: z.number().finite(),
  })
  .passthrough();

const answerSchema = z.object({
  code: z.number(),
  // a step without data may come as null
  data: z.array(z.record(allocationSchema.nullable()).nullable()),
});

/** One allocation of `GET /allocation`: only the fields the portal reads. */
export type OpenCostAllocation = z.infer<typeof allocationSchema>;

/** An answer of OpenCost that no retry can mend. */
class OpenCostAnswerError extends Error {}

/**
 * OpenCost's allocation API (`GET {baseUrl}/allocation`): costs per
 * aggregate (e.g. `label:app`) and day. OpenCost has no auth; keep it
 * behind the backend. Each request has a timeout and bounded retries.
 */
export class OpenCostClient {
  constructor(
    private readonly options: {
      baseUrl: string;
      timeoutMs: number;
      attempts?: number;
      backoffMs?: number;
      fetch?: typeof fetch;
    },
  ) {}

  /**
   * The allocations from `start` to `end` (UTC days, `end` excluded),
   * aggregated by `aggregate`: one record per day, by aggregate name.
   */
  async dailyAllocations(
    start: string,
    end: string,
    aggregate: string,
  ): Promise<Array<Record<string, OpenCostAllocation>>> {
    const baseUrl = this.options.baseUrl.replace(/\/+$/, '');
    const params = new URLSearchParams({
      window: `${start}T00:00:00Z,${end}T00:00:00Z`,
      aggregate,
      step: '1d',
      accumulate: 'false',
    });
    const where = `OpenCost at ${baseUrl}`;
    const answer = await fetchWithRetry(
      `${baseUrl}/allocation?${params}`,
      { method: 'GET', headers: { Accept: 'application/json' } },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 500,
        fetch: this.options.fetch ?? fetch,
        name: 'OpenCost',
        describe: where,
        isFinal: error => error instanceof OpenCostAnswerError,
        read: async res => {
          if (!res.ok) {
            const text = (await res.text()).slice(0, 200);
            throw new OpenCostAnswerError(
              `${where} answered ${res.status} ${res.statusText}`.trim() +
                (text ? `: ${text}` : ''),
            );
          }
          let json: unknown;
          try {
            json = await res.json();
          } catch (error) {
            if ((error as Error | undefined)?.name !== 'SyntaxError') {
              throw error;
            }
            throw new OpenCostAnswerError(`${where} answered with no JSON`);
          }
          const parsed = answerSchema.safeParse(json);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new OpenCostAnswerError(
              `${where} answered in an unexpected shape: ${
                issue.path.join('.') || 'the body'
              }: ${issue.message}`,
            );
          }
          return parsed.data;
        },
      },
    );
    return answer.data.map(set =>
      Object.fromEntries(
        Object.entries(set ?? {}).flatMap(([name, allocation]) =>
          allocation ? [[name, allocation]] : [],
        ),
      ),
    );
  }
}
