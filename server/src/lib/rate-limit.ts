import { rateLimited } from "./errors.ts";

// Fixed-window counters in memory. Written here rather than taken from a library because the
// windows must follow the injectable clock (tests move time instead of sleeping).

export interface LimitRule {
  points: number;
  windowMs: number;
}

interface Bucket {
  count: number;
  resetAt: number;
}

export function createRateLimiter<Name extends string>(rules: Record<Name, LimitRule>, maxKeys = 200_000) {
  const buckets = new Map<string, Bucket>();

  function sweep(now: number) {
    for (const [key, bucket] of buckets) if (bucket.resetAt <= now) buckets.delete(key);
    // still full of live keys (a flood of distinct keys): drop the oldest rather than grow without bound
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    /**
     * Count one attempt against every (rule, key) pair; throw RATE_LIMITED with the longest
     * wait if any is already used up. Nothing is counted when the attempt is refused.
     */
    hit(pairs: Array<[Name, string | undefined | null]>, at: Date): void {
      const now = at.getTime();
      const live = pairs
        .filter((pair): pair is [Name, string] => Boolean(pair[1]))
        .map(([name, key]) => {
          const id = `${name}:${key}`;
          let bucket = buckets.get(id);
          if (!bucket || bucket.resetAt <= now) bucket = { count: 0, resetAt: now + rules[name].windowMs };
          return { id, bucket, rule: rules[name] };
        });
      const blocked = live.filter(({ bucket, rule }) => bucket.count >= rule.points);
      if (blocked.length) throw rateLimited(Math.max(...blocked.map(({ bucket }) => (bucket.resetAt - now) / 1000)));
      if (buckets.size >= maxKeys) sweep(now);
      for (const { id, bucket } of live) {
        bucket.count += 1;
        buckets.set(id, bucket);
      }
    },
    /** Forget a key, e.g. an account's failures after it signs in. */
    reset(name: Name, key: string): void {
      buckets.delete(`${name}:${key}`);
    },
  };
}
