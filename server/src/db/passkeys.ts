import type { Client } from "./client.ts";
import type { PasskeyChallengePurpose } from "./types.ts";

export interface NewPasskey {
  userId: string;
  credentialId: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: bigint;
  transports: string | null;
  deviceType: string;
  backedUp: boolean;
  name: string;
  createdAt: Date;
}

export interface NewPasskeyChallenge {
  purpose: PasskeyChallengePurpose;
  userId: string | null;
  challengeHash: string;
  expiresAt: Date;
  createdAt: Date;
}

const credentials = { credentialId: true, transports: true } as const;

export const passkeyStore = (client: Client) => ({
  ofUser: (userId: string) => client.passkey.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  credentialsOf: (userId: string) => client.passkey.findMany({ where: { userId }, select: credentials }),
  countOf: (userId: string) => client.passkey.count({ where: { userId } }),
  ownedBy: (userId: string, id: string) => client.passkey.findFirst({ where: { id, userId } }),
  /** a passkey by its credential id, with its user */
  byCredentialId: (credentialId: string) => client.passkey.findUnique({ where: { credentialId }, include: { user: true } }),
  create: (passkey: NewPasskey) => client.passkey.create({ data: passkey }),
  rename: (id: string, name: string) => client.passkey.update({ where: { id }, data: { name } }),
  delete: async (id: string) => void (await client.passkey.delete({ where: { id } })),
  /** compare-and-set on the counter: a use moves it only from the value it was checked against; whether it did */
  recordUse: async (id: string, expectedCounter: bigint, use: { counter: bigint; backedUp: boolean; lastUsedAt: Date }) =>
    (await client.passkey.updateMany({ where: { id, counter: expectedCounter }, data: use })).count === 1,

  /** a new challenge (as its hash); expired ones are swept on the way. Its id */
  openChallenge: async (challenge: NewPasskeyChallenge) => {
    await client.passkeyChallenge.deleteMany({ where: { expiresAt: { lte: challenge.createdAt } } });
    return (await client.passkeyChallenge.create({ data: challenge })).id;
  },
  findChallenge: (purpose: PasskeyChallengePurpose, key: { id: string } | { challengeHash: string; userId: string }) =>
    client.passkeyChallenge.findFirst({ where: { ...key, purpose } }),
  /** compare-and-set: use a challenge once; whether this call did */
  claimChallenge: async (id: string, now: Date) => (await client.passkeyChallenge.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } })).count === 1,
});
