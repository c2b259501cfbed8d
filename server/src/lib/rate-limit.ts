import { rateLimited } from "./errors.ts";

// Fixed windows, counted in the database (server/src/db/rate-limits.ts) so that every API
// instance draws on the same budget. Written here rather than taken from a library because the
// windows must follow the injectable clock (tests move time instead of sleeping). SQLite counts
// in its file too, though its one process could count in memory: a sign-in's three counters
// cost ~85 µs of CPU there (15 µs in a Map), against ~40 ms for its argon2 hash, and `pnpm
// bench --only login` showed no difference beyond run-to-run noise. So: one code path for both
// stores, and a restart no longer hands out fresh budgets.

export interface LimitRule {
  points: number;
  windowMs: number;
}

/** The store's side: counters keyed "name:key", with the rule each one counts under. */
export interface AttemptCounters {
  /** count one attempt against each unless one is used up: then none, and the longest wait in ms */
  count(counters: Array<LimitRule & { key: string }>, now: number): Promise<number | null>;
  forget(key: string): Promise<void>;
  /** delete the counters whose window has ended */
  sweep(now: number): Promise<number>;
}

/** Ended windows are deleted by whichever instance counts first after this long. */
const SWEEP_EVERY_MS = 60_000;

export function createRateLimiter<Name extends string>(rules: Record<Name, LimitRule>, counters: AttemptCounters) {
  let sweptAt = -Infinity;
  return {
    /**
     * Count one attempt against every (rule, key) pair; throw RATE_LIMITED with the longest
     * wait if any is already used up. Nothing is counted when the attempt is refused.
     */
    async hit(pairs: Array<[Name, string | undefined | null]>, at: Date): Promise<void> {
      const now = at.getTime();
      const live = pairs.filter((pair): pair is [Name, string] => Boolean(pair[1])).map(([name, key]) => ({ key: `${name}:${key}`, ...rules[name] }));
      if (!live.length) return;
      if (now - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = now;
        await counters.sweep(now);
      }
      const wait = await counters.count(live, now);
      if (wait !== null) throw rateLimited(wait / 1000);
    },
    /** Forget a key, e.g. an account's failures after it signs in. */
    reset: (name: Name, key: string): Promise<void> => counters.forget(`${name}:${key}`),
  };
}
