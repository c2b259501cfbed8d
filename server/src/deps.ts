import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import type { Clock } from "./lib/clock.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { RateLimits } from "./security/rate-limits.ts";

/** What every service needs, handed in rather than imported, so tests build it for real with their own clock. */
export interface Deps {
  db: Db;
  config: Config;
  clock: Clock;
  mailer: Mailer;
  limits: RateLimits;
  log: {
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

/** Who is asking, as the services need to know it: for sessions, audit and limits. */
export interface RequestMeta {
  ip?: string;
  userAgent?: string;
}
