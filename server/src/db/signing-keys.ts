import type { Client } from "./client.ts";

interface NewSigningKey {
  id: string;
  algorithm: string;
  publicJwk: string;
  privateKeyEncrypted: string;
  createdAt: Date;
}

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export const signingKeyStore = (client: Client) => ({
  /** the key new tokens are signed with: the newest one not retired */
  current: () => client.signingKey.findFirst({ where: { retiredAt: null }, orderBy: newestFirst }),
  /** the keys not retired, or retired after `retiredAfter` */
  liveSince: (retiredAfter: Date) => client.signingKey.findMany({ where: { OR: [{ retiredAt: null }, { retiredAt: { gt: retiredAfter } }] } }),
  /** retire every current key, drop those retired before `forgetBefore`, add the new one; how many were retired */
  rotate: async (key: NewSigningKey, now: Date, forgetBefore: Date) => {
    await client.signingKey.deleteMany({ where: { retiredAt: { lt: forgetBefore } } });
    const { count } = await client.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    await client.signingKey.create({ data: key });
    return count;
  },
});
