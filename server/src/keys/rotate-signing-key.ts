import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import { generateSigningKey } from "./key-material.ts";
import { verifyGraceMs } from "./key-lifetimes.ts";

type KeyConfig = Pick<Config, "jwtAlgorithm" | "dataKey" | "accessTokenTtlSeconds">;

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** The key new tokens are signed with: the newest one not retired. */
export const findCurrentKey = (db: Db) => db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: newestFirst });

/**
 * A new current key (JWT_ALGORITHM's kind); the keys current until now are retired and keep
 * verifying for the grace period. Keys retired long enough ago that no live token can name
 * them are deleted, private halves and all.
 */
export async function rotateSigningKey(db: Db, config: KeyConfig, now: Date) {
  if (config.jwtAlgorithm === "HS256") throw new Error("JWT_ALGORITHM=HS256 signs with JWT_SECRET: there is no signing key to rotate.");
  const key = generateSigningKey(config.jwtAlgorithm, config.dataKey, now);
  const retired = await db.$transaction(async (tx) => {
    await tx.signingKey.deleteMany({ where: { retiredAt: { lt: new Date(now.getTime() - verifyGraceMs(config)) } } });
    const { count } = await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    await tx.signingKey.create({ data: key });
    return count;
  });
  return { kid: key.id, algorithm: key.algorithm, retired };
}

/**
 * At start: the first start makes the first key; a changed JWT_ALGORITHM makes a key of the
 * new kind (tokens of the old one verify until they expire).
 */
export async function ensureCurrentKey(db: Db, config: KeyConfig, now: Date): Promise<void> {
  if (config.jwtAlgorithm === "HS256") return;
  const current = await findCurrentKey(db);
  if (!current || current.algorithm !== config.jwtAlgorithm) await rotateSigningKey(db, config, now);
}
