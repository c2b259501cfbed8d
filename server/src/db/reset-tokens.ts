import type { Client } from "./client.ts";

export const resetTokenStore = (client: Client) => ({
  countSince: (userId: string, since: Date) => client.passwordResetToken.count({ where: { userId, createdAt: { gt: since } } }),
  create: (token: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date }) => client.passwordResetToken.create({ data: token }),
  /** a reset token by its hash, with its user */
  byHash: (tokenHash: string) => client.passwordResetToken.findUnique({ where: { tokenHash }, include: { user: true } }),
  /** compare-and-set: use a token once; whether this call did */
  claim: async (id: string, now: Date) => (await client.passwordResetToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } })).count === 1,
  /** kill every outstanding link of a user */
  revokeAll: async (userId: string, now: Date) => {
    await client.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  },
});
