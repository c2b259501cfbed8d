import type { SessionWithUser, User } from "./types.ts";
import { newId } from "./ids.ts";
import { readRaw, writeRaw, type Client, type Db } from "./client.ts";
import { perConnection, rowByTable, sqlDate, typedStatement } from "./typed-rows.ts";

interface NewSession {
  user: Pick<User, "id" | "username">;
  userAgent?: string;
  ip?: string;
  refreshTokenHash: string;
  /** how the user proved who they are, for the audit log */
  how: string;
  now: Date;
  expiresAt: Date;
}

// Every sign-in writes these four rows. Through Prisma (a batch of nested creates and an
// update) that cost ~5 ms of event-loop CPU per sign-in; as prepared statements, ~0.2 ms.
const statements = perConnection((connection) => ({
  session: connection.prepare('INSERT INTO "Session" ("id", "userId", "userAgent", "ip", "createdAt", "lastUsedAt", "expiresAt") VALUES (?, ?, ?, ?, ?, ?, ?)'),
  refreshToken: connection.prepare('INSERT INTO "RefreshToken" ("id", "sessionId", "tokenHash", "createdAt") VALUES (?, ?, ?, ?)'),
  // lastLoginAt moves updatedAt, as Prisma's @updatedAt does for any update
  touchUser: connection.prepare('UPDATE "User" SET "lastLoginAt" = ?, "updatedAt" = ? WHERE "id" = ?'),
  audit: connection.prepare(
    'INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "targetId", "targetLabel", "ip", "detail", "createdAt") VALUES (?, \'auth.sign_in\', ?, ?, ?, ?, ?, ?, ?)',
  ),
  user: typedStatement(connection, 'SELECT * FROM "User" WHERE "id" = ?'),
}));

/** Open a session with its first refresh token, stamp the user's last login and record it, in one transaction. */
function openSession(db: Db, s: NewSession): Promise<{ sessionId: string; user: User }> {
  const now = sqlDate(s.now);
  return writeRaw(db, (connection) => {
    const st = statements(connection);
    const sessionId = newId(s.now.getTime());
    st.session.run(sessionId, s.user.id, s.userAgent ?? null, s.ip ?? null, now, now, sqlDate(s.expiresAt));
    st.refreshToken.run(newId(s.now.getTime()), sessionId, s.refreshTokenHash, now);
    st.touchUser.run(now, now, s.user.id);
    st.audit.run(newId(s.now.getTime()), s.user.id, s.user.username, s.user.id, s.user.username, s.ip ?? null, s.how, now);
    const values = st.user.statement.get(s.user.id) as unknown[];
    return { sessionId, user: rowByTable(st.user, values).User as unknown as User };
  });
}

// The per-request session check is the hot path of every authenticated call. Through Prisma
// (query compiler, plan interpreter) it cost ~2 ms of CPU; one prepared statement on the
// read-only connection (committed data only) costs tens of µs. One statement (a single read,
// so one consistent snapshot, with no BEGIN/COMMIT around it); its columns are split back into
// the session and its user by their table.
const sessionWithUser = perConnection((connection) => typedStatement(connection, 'SELECT s.*, u.* FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?'));

/** Which sessions a revocation ends: one by id, or every one of a user (but one). */
type SessionSelector = { id: string } | { userId: string; exceptId?: string };

export const sessionStore = (client: Client, db: Db) => ({
  open: (session: NewSession) => openSession(db, session),
  /** a session by id with its user (committed data), for the per-request check */
  withUser: (id: string): Promise<SessionWithUser | null> =>
    readRaw(db, (connection) => {
      const typed = sessionWithUser(connection);
      const values = typed.statement.get(id) as unknown[] | undefined;
      if (!values) return null;
      const { Session: session, User: user } = rowByTable(typed, values);
      return { ...(session as unknown as SessionWithUser), user: user as unknown as User };
    }),
  /** a session of this user that is not revoked, or null */
  unrevokedOf: (userId: string, id: string) => client.session.findFirst({ where: { id, userId, revokedAt: null } }),
  liveOf: (userId: string, now: Date) => client.session.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, orderBy: { lastUsedAt: "desc" } }),
  countLive: (now: Date) => client.session.count({ where: { revokedAt: null, expiresAt: { gt: now } } }),
  /** the addresses this user agent has signed in from (newest first, at most 200) */
  addressesOf: async (userId: string, userAgent: string | null) =>
    (await client.session.findMany({ where: { userId, userAgent }, select: { ip: true }, orderBy: { createdAt: "desc" }, take: 200 })).map((row) => row.ip),
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
