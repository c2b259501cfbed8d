import type { Client } from "./client.ts";
import type { FastPaths } from "./fast-paths.ts";

/** Which sessions a revocation ends: one by id, or every one of a user (but one). */
type SessionSelector = { id: string } | { userId: string; exceptId?: string };

// Opening a session (every sign-in) and the per-request session check are the hot paths:
// prepared statements past Prisma's pipeline, one form per store (fast-paths.ts).
export const sessionStore = (client: Client, fast: FastPaths) => ({
  /** open a session with its first refresh token, stamp the user's last login and record it, in one transaction */
  open: fast.openSession,
  /** a session by id with its user (committed data), for the per-request check */
  withUser: fast.sessionWithUser,
  /** a session of this user that is not revoked, or null */
  unrevokedOf: (userId: string, id: string) => client.session.findFirst({ where: { id, userId, revokedAt: null } }),
  liveOf: (userId: string, now: Date) => client.session.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, orderBy: { lastUsedAt: "desc" } }),
  countLive: (now: Date) => client.session.count({ where: { revokedAt: null, expiresAt: { gt: now } } }),
  /** the addresses this user agent has signed in from (newest first, at most 200; committed data) */
  addressesOf: fast.addressesOf,
  revoke: async (which: SessionSelector, why: string, now: Date) => {
    const filter = "id" in which ? { id: which.id } : { userId: which.userId, ...(which.exceptId ? { id: { not: which.exceptId } } : {}) };
    return (await client.session.updateMany({ where: { ...filter, revokedAt: null }, data: { revokedAt: now, revokedWhy: why } })).count;
  },
  /** a refresh token by its hash, with its session and user */
  refreshTokenByHash: (tokenHash: string) => client.refreshToken.findUnique({ where: { tokenHash }, include: { session: { include: { user: true } } } }),
  /** compare-and-set: mark a refresh token rotated unless it already is; whether this call did */
  claimRotation: async (tokenId: string, now: Date) => (await client.refreshToken.updateMany({ where: { id: tokenId, rotatedAt: null }, data: { rotatedAt: now } })).count === 1,
  /** the successor token of a rotation, and the session's new use and expiry */
  addRefreshToken: async (sessionId: string, tokenHash: string, use: { now: Date; expiresAt: Date; ip: string | null }) => {
    await client.refreshToken.create({ data: { sessionId, tokenHash, createdAt: use.now } });
    await client.session.update({ where: { id: sessionId }, data: { lastUsedAt: use.now, expiresAt: use.expiresAt, ip: use.ip } });
  },
  rotatedAtOf: async (tokenId: string) => (await client.refreshToken.findUnique({ where: { id: tokenId } }))?.rotatedAt ?? null,
  currentRefreshToken: (sessionId: string) => client.refreshToken.findFirst({ where: { sessionId, rotatedAt: null } }),
});
