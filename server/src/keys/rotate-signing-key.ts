import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";
import { generateSigningKey } from "./key-material.ts";
import { verifyGraceMs } from "./key-lifetimes.ts";

type KeyConfig = Pick<Config, "jwtAlgorithm" | "dataKey" | "accessTokenTtlSeconds">;

/**
 * A new current key (JWT_ALGORITHM's kind); the keys current until now are retired and keep
 * verifying for the grace period. Keys retired long enough ago that no live token can name
 * them are deleted, private halves and all.
 */
export async function rotateSigningKey(store: Store, config: KeyConfig, now: Date) {
  if (config.jwtAlgorithm === "HS256") throw new Error("JWT_ALGORITHM=HS256 signs with JWT_SECRET: there is no signing key to rotate.");
  const key = generateSigningKey(config.jwtAlgorithm, config.dataKey, now);
  const retired = await store.transaction((tx) => tx.signingKeys.rotate(key, now, new Date(now.getTime() - verifyGraceMs(config))));
  return { kid: key.id, algorithm: key.algorithm, retired };
}

/**
 * At start: the first start makes the first key; a changed JWT_ALGORITHM makes a key of the
 * new kind (tokens of the old one verify until they expire).
 */
export async function ensureCurrentKey(store: Store, config: KeyConfig, now: Date): Promise<void> {
  if (config.jwtAlgorithm === "HS256") return;
  const current = await store.signingKeys.current();
  if (!current || current.algorithm !== config.jwtAlgorithm) await rotateSigningKey(store, config, now);
}
