import { createRateLimiter, type LimitRule } from "../lib/rate-limit.ts";

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

export const createRateLimits = () => createRateLimiter<RateLimitName>(rateLimitRules);

export type RateLimits = ReturnType<typeof createRateLimits>;
