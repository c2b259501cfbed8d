import { parseDuration } from "../lib/duration.ts";
import { createRateLimiter, type AttemptCounters, type LimitRule } from "../lib/rate-limit.ts";

const minutes = (n: number) => n * 60_000;

/**
 * Every abuse limit, in one table. Attempts are counted per field execution, so aliases in
 * one request each count. Lockout policy: an account is throttled per (account, IP) pair
 * first, so an attacker elsewhere cannot lock its owner out; the looser per-account limit
 * only slows a distributed attack, and every window ends by itself (15 min at most for
 * sign-in) — there is no permanent lockout. A successful sign-in clears its pair.
 */
export const rateLimitRules = {
  "login.ip": { points: 30, windowMs: minutes(5) },
  "login.account_ip": { points: 10, windowMs: minutes(15) },
  "login.account": { points: 100, windowMs: minutes(60) },
  "register.ip": { points: 10, windowMs: minutes(60) },
  "verify_otp.ip": { points: 30, windowMs: minutes(10) },
  "verify_otp.email": { points: 15, windowMs: minutes(10) },
  "resend_otp.ip": { points: 10, windowMs: minutes(10) },
  "resend_otp.email": { points: 5, windowMs: minutes(60) },
  "request_reset.ip": { points: 10, windowMs: minutes(60) },
  "reset_password.ip": { points: 20, windowMs: minutes(60) },
  "refresh.ip": { points: 120, windowMs: minutes(1) },
  "upload.user": { points: 20, windowMs: minutes(60) },
  "passkey_options.ip": { points: 60, windowMs: minutes(5) },
  "passkey_login.ip": { points: 30, windowMs: minutes(5) },
} satisfies Record<string, LimitRule>;

export type RateLimitName = keyof typeof rateLimitRules;

export type RateLimitOverrides = Partial<Record<RateLimitName, LimitRule>>;

/**
 * RATE_LIMITS, e.g. "register.ip=50/1h,login.ip=60/5m": operators tune the table above without
 * a release. Anything unclear (an unknown name, a bad number or window, a name twice) throws
 * with the entry in the message, so the start stops instead of running with a limit ignored.
 */
export function parseRateLimits(value: string | undefined): RateLimitOverrides {
  const overrides: RateLimitOverrides = {};
  for (const entry of (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([a-z_.]+)\s*=\s*(\S+?)\s*\/\s*(\S+)$/.exec(entry);
    if (!match) throw new Error(`RATE_LIMITS: "${entry}" is not name=points/window (e.g. register.ip=50/1h)`);
    const [, name, points, window] = match;
    if (!Object.hasOwn(rateLimitRules, name)) throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${Object.keys(rateLimitRules).join(", ")})`);
    if (Object.hasOwn(overrides, name)) throw new Error(`RATE_LIMITS: "${name}" is given more than once`);
    if (!/^[1-9]\d*$/.test(points)) throw new Error(`RATE_LIMITS: "${entry}": points must be a whole number above 0`);
    let seconds: number;
    try {
      seconds = parseDuration(window);
    } catch (error) {
      throw new Error(`RATE_LIMITS: "${entry}": ${(error as Error).message}`);
    }
    overrides[name as RateLimitName] = { points: Number(points), windowMs: seconds * 1000 };
  }
  return overrides;
}

/** The table above, with the operator's overrides (config.rateLimits) where given, counted by the store. */
export const createRateLimits = (counters: AttemptCounters, overrides: RateLimitOverrides = {}) => createRateLimiter<RateLimitName>({ ...rateLimitRules, ...overrides }, counters);

export type RateLimits = ReturnType<typeof createRateLimits>;
