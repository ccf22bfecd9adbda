// Rate limits on sign-in: a sliding count per key (the client's address) in this instance's memory.
// The throttle per login (throttle.ts, in the database) protects one login; this protects against
// one address trying many.

export interface Limit {
  max: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: Limit) {}

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const since = now - this.limit.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit.max) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil(((list[0] as number) + this.limit.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    // Forget idle keys now and then, so the map cannot grow without bound.
    if (this.hits.size > 10_000) {
      for (const [k, v] of this.hits) if (!v.some((t) => t > since)) this.hits.delete(k);
    }
    return 0;
  }
}
