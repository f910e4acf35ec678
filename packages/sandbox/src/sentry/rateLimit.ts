/**
 * Sentry's rate limit, made predictable: every `every`-th request is refused
 * (answer 429 with `Retry-After`), except a request for a URL whose last
 * answer was already a 429, so a client that retries always gets through on
 * its second attempt. `every` 0 never refuses.
 */
export class RateLimiter {
  private requests = 0;
  private readonly refused = new Set<string>();

  constructor(private readonly every: number) {}

  /** Counts a request for `url`; true when it is to be refused. */
  refuses(url: string): boolean {
    this.requests += 1;
    if (
      this.every > 0 &&
      this.requests % this.every === 0 &&
      !this.refused.has(url)
    ) {
      this.refused.add(url);
      return true;
    }
    this.refused.delete(url);
    return false;
  }
}
