import { ForwardedError } from '@backstage/errors';
import { fetchWithRetry, FetchWithRetryOptions } from './fetchWithRetry';

/*
 * The retry timing with a stub fetch and Jest's fake clock. The HTTP side
 * (msw, timeouts, refused connections) is covered through the clients'
 * tests: PrometheusClient.test.ts and GrafanaSloClient.test.ts.
 */

type Answer = () => Response;

/** A fetch answering the n-th call with `answers[n]` (the last repeats), noting when. */
function stubFetch(...answers: Answer[]) {
  const calls: number[] = [];
  const fetch = (async () => {
    calls.push(Date.now());
    return answers[Math.min(calls.length, answers.length) - 1]();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response('{}', { status: code, headers });

function options(
  fetch: typeof globalThis.fetch,
  more: Partial<FetchWithRetryOptions<string>> = {},
): FetchWithRetryOptions<string> {
  return {
    timeoutMs: 1_000,
    attempts: 3,
    backoffMs: 100,
    fetch,
    name: 'Upstream',
    describe: 'Upstream at http://upstream.test',
    read: async res => `read ${res.status}`,
    ...more,
  };
}

describe('fetchWithRetry', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: Date.UTC(2026, 10, 20, 12) });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('doubles the backoff between attempts and names the upstream when it gives up', async () => {
    const { fetch, calls } = stubFetch(status(503));

    const result = fetchWithRetry('http://upstream.test/x', {}, options(fetch));
    const settled = result.then(
      () => new Error('expected the call to fail'),
      e => e as Error,
    );
    await jest.runAllTimersAsync();
    const error = await settled;

    const start = Date.UTC(2026, 10, 20, 12);
    expect(calls.map(t => t - start)).toEqual([0, 100, 300]);
    expect(error).toBeInstanceOf(ForwardedError);
    expect(error.message).toMatch(
      /^Upstream at http:\/\/upstream\.test failed after 3 attempts; caused by Error: Upstream answered 503\b/,
    );
  });

  it('waits as long as Retry-After says, capped at 5 s', async () => {
    const { fetch, calls } = stubFetch(
      status(429, { 'Retry-After': '3600' }),
      status(200),
    );

    const result = fetchWithRetry('http://upstream.test/x', {}, options(fetch));
    await jest.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await expect(result).resolves.toBe('read 200');
  });

  it('reads Retry-After as an HTTP date too', async () => {
    const { fetch, calls } = stubFetch(
      status(503, { 'Retry-After': 'Fri, 20 Nov 2026 12:00:02 GMT' }),
      status(200),
    );

    const result = fetchWithRetry('http://upstream.test/x', {}, options(fetch));
    await jest.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('read 200');
  });

  it('does not retry other statuses: the reader decides what they mean', async () => {
    const { fetch, calls } = stubFetch(status(500));

    await expect(
      fetchWithRetry('http://upstream.test/x', {}, options(fetch)),
    ).resolves.toBe('read 500');
    expect(calls).toHaveLength(1);
  });

  it('retries what the reader throws, unless it is final', async () => {
    const flaky = stubFetch(status(200));
    let reads = 0;
    const read = async () => {
      reads++;
      if (reads < 2) throw new Error('connection reset while reading');
      return 'second read';
    };
    const result = fetchWithRetry(
      'http://upstream.test/x',
      {},
      options(flaky.fetch, { read }),
    );
    await jest.runAllTimersAsync();
    await expect(result).resolves.toBe('second read');
    expect(flaky.calls).toHaveLength(2);

    const final = stubFetch(status(401));
    const refused = new Error('refused');
    await expect(
      fetchWithRetry(
        'http://upstream.test/x',
        {},
        options(final.fetch, {
          read: async () => {
            throw refused;
          },
          isFinal: error => error === refused,
        }),
      ),
    ).rejects.toBe(refused);
    expect(final.calls).toHaveLength(1);
  });
});
