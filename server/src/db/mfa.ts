import type { Client } from "./client.ts";

export const mfaStore = (client: Client) => ({
  replaceRecoveryCodes: async (userId: string, codeHashes: string[], now: Date) => {
    await client.recoveryCode.deleteMany({ where: { userId } });
    await client.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now })) });
  },
  /** compare-and-set: use an unused recovery code once; whether this call did */
  claimRecoveryCode: async (userId: string, codeHash: string, now: Date) =>
    (await client.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: now } })).count === 1,
  recoveryCodesLeft: (userId: string) => client.recoveryCode.count({ where: { userId, usedAt: null } }),
  /** MFA off: its recovery codes and open sign-in challenges go */
  forget: async (userId: string) => {
    await client.recoveryCode.deleteMany({ where: { userId } });
    await client.mfaChallenge.deleteMany({ where: { userId } });
  },
  openChallenge: (challenge: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date }) => client.mfaChallenge.create({ data: challenge }),
  /** a challenge by its token's hash, with its user */
  challengeByHash: (tokenHash: string) => client.mfaChallenge.findUnique({ where: { tokenHash }, include: { user: true } }),
  /** count a try at an unused challenge unless it has had `max` (one conditional UPDATE): the tries it has had now, or null */
  takeChallengeTry: async (id: string, max: number) =>
    (await client.mfaChallenge.updateManyAndReturn({ where: { id, usedAt: null, attempts: { lt: max } }, data: { attempts: { increment: 1 } }, select: { attempts: true } }))[0]
      ?.attempts ?? null,
  claimChallenge: async (id: string, now: Date) => (await client.mfaChallenge.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } })).count === 1,
});
