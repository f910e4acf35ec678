import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { LastGoodCache } from './LastGoodCache';

function lastGood(clock: { now: number }) {
  return new LastGoodCache({
    cache: CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('test'),
    freshMs: 60_000,
    now: () => clock.now,
  });
}

/** A loader answering `answers` in turn (an Error rejects), counting calls. */
function loader(...answers: Array<string | Error>) {
  const calls = { count: 0 };
  const load = async () => {
    const answer = answers[Math.min(calls.count++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { load, calls };
}

describe('LastGoodCache', () => {
  it('reuses a value while it is fresh and loads again after', async () => {
    const clock = { now: 1_000_000 };
    const cache = lastGood(clock);
    const { load, calls } = loader('first', 'second');

    expect(await cache.get('k', load)).toEqual({
      value: 'first',
      fetchedAt: 1_000_000,
    });
    clock.now += 59_999;
    expect((await cache.get('k', load)).value).toBe('first');
    expect(calls.count).toBe(1);

    clock.now += 1;
    expect(await cache.get('k', load)).toEqual({
      value: 'second',
      fetchedAt: 1_060_000,
    });
    expect(calls.count).toBe(2);
  });

  it('serves the last good value with the error when loading fails', async () => {
    const clock = { now: 1_000_000 };
    const cache = lastGood(clock);
    const { load } = loader('good', new Error('upstream down'));

    await cache.get('k', load);
    clock.now += 120_000;
    const answer = await cache.get('k', load);

    expect(answer.value).toBe('good');
    expect(answer.fetchedAt).toBe(1_000_000);
    expect(answer.error?.message).toBe('upstream down');
  });

  it('remembers a failure while it is fresh, then tries again', async () => {
    const clock = { now: 1_000_000 };
    const cache = lastGood(clock);
    const down = Object.assign(new Error('Sentry has no project a/b'), {
      name: 'UnknownSentryProjectError',
    });
    const { load, calls } = loader('good', down, 'back');

    await cache.get('k', load);
    clock.now += 60_000;
    const failed = await cache.get('k', load);
    clock.now += 59_999;
    const remembered = await cache.get('k', load);

    expect(calls.count).toBe(2);
    for (const answer of [failed, remembered]) {
      expect(answer.value).toBe('good');
      expect(answer.fetchedAt).toBe(1_000_000);
      expect(answer.error?.name).toBe('UnknownSentryProjectError');
      expect(answer.error?.message).toBe('Sentry has no project a/b');
    }

    clock.now += 1;
    expect(await cache.get('k', load)).toEqual({
      value: 'back',
      fetchedAt: 1_120_000,
    });
    expect(calls.count).toBe(3);
  });

  it('gives the error alone when there never was a good value', async () => {
    const cache = lastGood({ now: 0 });
    const answer = await cache.get('k', loader(new Error('refused')).load);
    expect(answer).toEqual({
      value: undefined,
      fetchedAt: undefined,
      error: expect.objectContaining({ message: 'refused' }),
    });
  });

  it('lets concurrent requests for one key share one load, and keys apart', async () => {
    const cache = lastGood({ now: 0 });
    const { load, calls } = loader('shared');

    const answers = await Promise.all([
      cache.get('a', load),
      cache.get('a', load),
      cache.get('a', load),
    ]);
    expect(answers.map(a => a.value)).toEqual(['shared', 'shared', 'shared']);
    expect(calls.count).toBe(1);

    await cache.get('b', load);
    expect(calls.count).toBe(2);
  });
});
