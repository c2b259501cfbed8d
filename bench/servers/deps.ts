// The API's own services, wired the way buildApp wires them, for the baseline servers:
// same config parsing, same Prisma client and adapter, same authenticateAccessToken.
import { loadConfig } from "../../server/src/config.ts";
import { createDb } from "../../server/src/db/client.ts";
import { createStore } from "../../server/src/db/store.ts";
import type { Deps } from "../../server/src/deps.ts";
import { systemClock } from "../../server/src/lib/clock.ts";
import { createMailer } from "../../server/src/mail/mailer.ts";
import { createRateLimits } from "../../server/src/security/rate-limits.ts";
import { createHashQueue } from "../../server/src/lib/hash-queue.ts";
import { createBackground } from "../../server/src/lib/background.ts";
import { loadSigningKeys } from "../../server/src/keys/signing-keys.ts";

const log = { info() {}, warn: (obj: object, msg?: string) => console.warn(msg, obj), error: (obj: object, msg?: string) => console.error(msg, obj) };

export async function buildDeps(): Promise<Deps> {
  const config = loadConfig(process.env);
  const store = createStore(await createDb(config.database));
  const mailer = createMailer({ store, dataKey: config.dataKey, smtpUrl: config.smtpUrl, from: config.mailFrom, log, leaseMs: config.mailLeaseMs });
  mailer.start(); // as the mail plugin does
  const deps: Deps = {
    store,
    config,
    clock: systemClock,
    mailer,
    limits: createRateLimits(store.rateLimits),
    hashing: createHashQueue(config.hashing),
    background: createBackground(log),
    log,
  };
  await loadSigningKeys(deps); // as buildApp does
  return deps;
}

/** The access token from a Cookie header, under the API's cookie name (`__Host-access_token` in production). */
export function accessTokenFromCookie(header: string | undefined, deps: Deps): string | undefined {
  const name = `${deps.config.cookiePrefix}access_token=`;
  for (const part of header?.split(";") ?? []) {
    const trimmed = part.trim();
    if (trimmed.startsWith(name)) return decodeURIComponent(trimmed.slice(name.length)) || undefined;
  }
  return undefined;
}

export const port = () => Number(process.env.PORT ?? 0);
