// The workload is designed never to meet the API's rate limits: each client counts its own
// attempts against the server's table (sliding windows, stricter than the server's fixed
// ones) and picks another operation when one would be refused.
import { rateLimitRules, type RateLimitName, type RateLimitOverrides } from "../../server/src/security/rate-limits.ts";

export class RateBudget {
  private readonly hits = new Map<string, number[]>();
  private readonly rules: typeof rateLimitRules;

  /** `overrides`: the API's RATE_LIMITS, parsed */
  constructor(overrides: RateLimitOverrides = {}) {
    this.rules = { ...rateLimitRules, ...overrides };
  }

  /** Count an attempt if `rule` still allows it for `key`; false (and nothing counted) otherwise. */
  take(rule: RateLimitName, key = ""): boolean {
    const { points, windowMs } = this.rules[rule];
    const id = `${rule}:${key}`;
    const now = Date.now();
    const recent = (this.hits.get(id) ?? []).filter((t) => t > now - windowMs - 1000);
    if (recent.length >= points) {
      this.hits.set(id, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(id, recent);
    return true;
  }

  /** Take several at once, all or none. */
  takeAll(pairs: Array<[RateLimitName, string?]>): boolean {
    const now = Date.now();
    const ok = pairs.every(([rule, key = ""]) => {
      const { points, windowMs } = this.rules[rule];
      return (this.hits.get(`${rule}:${key}`) ?? []).filter((t) => t > now - windowMs - 1000).length < points;
    });
    if (ok) for (const [rule, key] of pairs) this.take(rule, key);
    return ok;
  }
}
