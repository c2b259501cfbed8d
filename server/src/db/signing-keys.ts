import { Prisma, type SigningKey } from "../generated/prisma/client.ts";
import type { Client } from "./client.ts";
import type { FastPaths } from "./fast-paths.ts";
import { toDate } from "./typed-rows.ts";

interface NewSigningKey {
  id: string;
  algorithm: string;
  publicJwk: string;
  privateKeyEncrypted: string;
  createdAt: Date;
}

type RawKey = Omit<SigningKey, "createdAt" | "retiredAt"> & { createdAt: unknown; retiredAt: unknown };
const typed = (row: RawKey): SigningKey => ({ ...row, createdAt: toDate(row.createdAt)!, retiredAt: toDate(row.retiredAt) });

// Read at start and now and then by every instance, on the fast paths: a start then needs no
// Prisma query engine (server/src/db/client.ts).
export const signingKeyStore = (client: Client, fast: FastPaths) => ({
  /** the key new tokens are signed with: the newest one not retired (committed data) */
  current: async () =>
    (await fast.query<RawKey>(Prisma.sql`SELECT * FROM "SigningKey" WHERE "retiredAt" IS NULL ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`)).map(typed)[0] ?? null,
  /** the keys not retired, or retired after `retiredAfter` (committed data) */
  liveSince: async (retiredAfter: Date) => (await fast.query<RawKey>(Prisma.sql`SELECT * FROM "SigningKey" WHERE "retiredAt" IS NULL OR "retiredAt" > ${retiredAfter}`)).map(typed),
  /** retire every current key, drop those retired before `forgetBefore`, add the new one; how many were retired */
  rotate: async (key: NewSigningKey, now: Date, forgetBefore: Date) => {
    await client.signingKey.deleteMany({ where: { retiredAt: { lt: forgetBefore } } });
    const { count } = await client.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    await client.signingKey.create({ data: key });
    return count;
  },
});
