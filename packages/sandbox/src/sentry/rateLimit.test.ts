import { RateLimiter } from './rateLimit';

describe('RateLimiter', () => {
  it('refuses every third request, but not a retry of a refused URL', () => {
    const limiter = new RateLimiter(3);
    const answers = ['a', 'b', 'c', 'c', 'd', 'e', 'f', 'c', 'g'].map(url =>
      limiter.refuses(url),
    );

    // #3 refused; #6 (e) refused; #9 (g) refused; c's retry at #4 served
    expect(answers).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('serves the retry of a URL even when it falls on the n-th request', () => {
    const limiter = new RateLimiter(2);

    expect([
      limiter.refuses('a'),
      limiter.refuses('b'),
      limiter.refuses('a'),
      limiter.refuses('b'),
    ]).toEqual([false, true, false, false]);
  });

  it('never refuses with every = 0', () => {
    const limiter = new RateLimiter(0);

    expect(
      Array.from({ length: 20 }, () => limiter.refuses('a')),
    ).not.toContain(true);
  });
});
