/**
 * A sliding-window counter per key (in memory, one per server process): at most `limit` hits per
 * `windowMs`. Keys are e.g. 'account:ann@x.org' or 'address:10.0.0.5'. Time comes from the caller.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit and returns 0 when allowed, else the milliseconds until the next hit is allowed. */
  take(key: string, nowMs: number): number {
    const fresh = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (fresh.length >= this.limit) {
      this.hits.set(key, fresh);
      return (fresh[0] ?? nowMs) + this.windowMs - nowMs;
    }
    fresh.push(nowMs);
    this.hits.set(key, fresh);
    if (this.hits.size > 100_000) this.prune(nowMs);
    return 0;
  }

  private prune(nowMs: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((t) => t <= nowMs - this.windowMs)) this.hits.delete(key);
    }
  }
}
