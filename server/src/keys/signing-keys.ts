import type { JsonWebKey } from "node:crypto";
import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";
import type { Deps } from "../deps.ts";
import { keyIsLive, type AccessTokenSettings, type KeyRing, type VerifyingKey } from "../lib/access-token.ts";
import { sharedSecretRing, signingKeyOf, verifyingKeyOf } from "./key-material.ts";
import { RELOAD_INTERVAL_MS, UNKNOWN_KID_RELOAD_MS, verifyGraceMs } from "./key-lifetimes.ts";
import { ensureCurrentKey } from "./rotate-signing-key.ts";

// Each instance holds the key set in memory and rereads it from the database now and then (by
// the injected clock, not a timer) and when a token names a kid it does not know, so that a
// rotation made anywhere reaches every instance without a restart.

export interface SigningKeys {
  /** the ring, reread first when the reload interval has passed */
  current(now: Date): KeyRing | Promise<KeyRing>;
  /** reread the set for a token naming an unknown kid; false when a reread was done less than a second ago */
  reloadForUnknownKid(now: Date): Promise<boolean>;
  /** the public keys that can still verify a live token (RFC 7517 members, with kid, alg, use) */
  jwks(now: Date): JsonWebKey[];
}

type KeyDeps = Pick<Deps, "store" | "config" | "clock" | "log">;

async function readKeyRing(store: Store, config: Config, now: Date, previous?: KeyRing): Promise<KeyRing> {
  const grace = verifyGraceMs(config);
  const rows = await store.signingKeys.liveSince(new Date(now.getTime() - grace));
  const current = await store.signingKeys.current();
  if (!current) throw new Error("no current signing key in the database");
  const verifying = new Map<string, VerifyingKey>();
  for (const row of rows) {
    const notAfter = row.retiredAt ? row.retiredAt.getTime() + grace : undefined;
    // the same object for an unchanged key, so that verified tokens stay remembered across rereads
    const known = previous?.verifying.get(row.id);
    verifying.set(row.id, known && known.notAfter === notAfter ? known : verifyingKeyOf(row, notAfter));
  }
  const signing = previous?.signing.kid === current.id ? previous.signing : signingKeyOf(current, config.dataKey);
  return { signing, verifying };
}

function reloadingStore(deps: KeyDeps, ring: KeyRing, loadedAt: number): SigningKeys {
  let reading: Promise<KeyRing> | undefined;
  let lastUnknownKidReload = -Infinity;
  const reload = (now: Date) =>
    (reading ??= readKeyRing(deps.store, deps.config, now, ring)
      .then((fresh) => (ring = fresh))
      // a failed reread keeps the keys we have (they still verify and sign) and is retried next interval
      .catch((error) => (deps.log.error({ err: error }, "signing keys: rereading the key set failed"), ring))
      .finally(() => ((loadedAt = now.getTime()), (reading = undefined))));
  return {
    current: (now) => (now.getTime() - loadedAt >= RELOAD_INTERVAL_MS ? reload(now) : ring),
    async reloadForUnknownKid(now) {
      if (now.getTime() - lastUnknownKidReload < UNKNOWN_KID_RELOAD_MS) return false;
      lastUnknownKidReload = now.getTime();
      await reload(now);
      return true;
    },
    jwks: (now) => [...ring.verifying.values()].filter((key) => key.jwk && keyIsLive(key, now.getTime())).map((key) => key.jwk!),
  };
}

const fixedStore = (ring: KeyRing): SigningKeys => ({ current: () => ring, reloadForUnknownKid: async () => false, jwks: () => [] });

// One key set per data store, i.e. per app instance; Deps stays as it is.
const keySets = new WeakMap<Store, SigningKeys>();

/** At start: make the first key if there is none, read the set, and keep it for this instance. */
export async function loadSigningKeys(deps: KeyDeps): Promise<SigningKeys> {
  const { store, config } = deps;
  const now = deps.clock.now();
  let keys: SigningKeys;
  if (config.jwtAlgorithm === "HS256") keys = fixedStore(sharedSecretRing(config.jwtSecret));
  else {
    await ensureCurrentKey(store, config, now);
    keys = reloadingStore(deps, await readKeyRing(store, config, now), now.getTime());
  }
  keySets.set(store, keys);
  return keys;
}

export function signingKeysOf(deps: Pick<Deps, "store">): SigningKeys {
  const keys = keySets.get(deps.store);
  if (!keys) throw new Error("signing keys not loaded: call loadSigningKeys(deps) at start");
  return keys;
}

/** What signing and verifying an access token need, with the key set as this instance holds it now. */
export async function accessTokenSettings(deps: Pick<Deps, "store" | "config">, now: Date): Promise<AccessTokenSettings> {
  const { config } = deps;
  return { keys: await signingKeysOf(deps).current(now), issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTokenTtlSeconds };
}
