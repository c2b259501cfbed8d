import type { Config } from "./config.ts";
import type { Background } from "./lib/background.ts";
import type { RootStore } from "./db/store.ts";
import type { Clock } from "./lib/clock.ts";
import type { HashQueue } from "./lib/hash-queue.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { RateLimits } from "./security/rate-limits.ts";

/** What every service needs, handed in rather than imported, so tests build it for real with their own clock. */
export interface Deps {
  store: RootStore;
  config: Config;
  clock: Clock;
  mailer: Mailer;
  limits: RateLimits;
  /** password hashing's bounded queue: every argon2 call of a request goes through it */
  hashing: HashQueue;
  /** work a request starts and does not wait for (awaited when the app closes) */
  background: Background;
  log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

/** Who is asking, as the services need to know it: for sessions, audit and limits. */
export interface RequestMeta {
  /** the client's address, parsed and in canonical form: stored with sessions and audit */
  ip?: string;
  /** what per-IP limits count: the IPv4 address, or the IPv6 /64 (one host's usual share) */
  network?: string;
  userAgent?: string;
  /** the registration key from its cookie (see auth/register.ts) */
  registrationKey?: string;
}
