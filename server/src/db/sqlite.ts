import type { Prisma } from "../generated/prisma/client.ts";
import { readRaw, writeRaw, type Db } from "./client.ts";
import { newId } from "./ids.ts";
import type { SqliteConnection, SqliteStatement } from "./serialized-adapter.ts";
import { perConnection, rowByTable, sqlDate, typedStatement } from "./typed-rows.ts";
import type { NewSession, SessionWithUser, User } from "./types.ts";
import { ensureUserSearchIndex } from "./user-search.ts";

// The hot paths on SQLite: prepared statements on the adapter's connection (writes) and the
// read-only connection (committed data), past Prisma's pipeline. Through Prisma a session check
// cost ~2 ms of CPU, a sign-in's writes ~5 ms; here tens of µs and ~0.2 ms.

const MAX_STATEMENTS = 200; // one per shape of admin filter and order; a few dozen in practice

const statementsOf = perConnection(() => new Map<string, SqliteStatement>());

function cached(connection: SqliteConnection, sql: string): SqliteStatement {
  const cache = statementsOf(connection);
  let prepared = cache.get(sql);
  if (!prepared) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    cache.set(sql, (prepared = connection.prepare(sql)));
  }
  return prepared;
}

// bound the way the driver adapter binds them
const bindable = (value: unknown) => (value instanceof Date ? sqlDate(value) : typeof value === "boolean" ? Number(value) : value);

const reads = perConnection((connection) => ({
  userByEmail: typedStatement(connection, 'SELECT * FROM "User" WHERE "email" = ?'),
  userByUsernameKey: typedStatement(connection, 'SELECT * FROM "User" WHERE "usernameKey" = ?'),
  usersByIds: typedStatement(connection, 'SELECT * FROM "User" WHERE "id" IN (SELECT value FROM json_each(?))'),
  // one statement (a single read, so one consistent snapshot); its columns are split back
  // into the session and its user by their table
  sessionWithUser: typedStatement(connection, 'SELECT s.*, u.* FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?'),
  addressesOf: connection.prepare('SELECT "ip" FROM "Session" WHERE "userId" = ? AND "userAgent" IS ? ORDER BY "createdAt" DESC LIMIT 200').pluck(true),
}));

const writes = perConnection((connection) => ({
  session: connection.prepare('INSERT INTO "Session" ("id", "userId", "userAgent", "ip", "createdAt", "lastUsedAt", "expiresAt") VALUES (?, ?, ?, ?, ?, ?, ?)'),
  refreshToken: connection.prepare('INSERT INTO "RefreshToken" ("id", "sessionId", "tokenHash", "createdAt") VALUES (?, ?, ?, ?)'),
  // lastLoginAt moves updatedAt, as Prisma's @updatedAt does for any update
  touchUser: connection.prepare('UPDATE "User" SET "lastLoginAt" = ?, "updatedAt" = ? WHERE "id" = ?'),
  audit: connection.prepare(
    'INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "targetId", "targetLabel", "ip", "detail", "createdAt") VALUES (?, \'auth.sign_in\', ?, ?, ?, ?, ?, ?, ?)',
  ),
  user: typedStatement(connection, 'SELECT * FROM "User" WHERE "id" = ?'),
}));

export const sqlitePaths = (db: Db) => ({
  userByKey: (key: "email" | "usernameKey", value: string): Promise<User | null> =>
    readRaw(db, (connection) => {
      const typed = reads(connection)[key === "email" ? "userByEmail" : "userByUsernameKey"];
      const values = typed.statement.get(value) as unknown[] | undefined;
      return values ? (rowByTable(typed, values).User as unknown as User) : null;
    }),
  usersByIds: (ids: string[]): Promise<User[]> =>
    readRaw(db, (connection) => {
      const typed = reads(connection).usersByIds;
      return (typed.statement.all(JSON.stringify(ids)) as unknown[][]).map((values) => rowByTable(typed, values).User as unknown as User);
    }),
  sessionWithUser: (id: string): Promise<SessionWithUser | null> =>
    readRaw(db, (connection) => {
      const typed = reads(connection).sessionWithUser;
      const values = typed.statement.get(id) as unknown[] | undefined;
      if (!values) return null;
      const { Session: session, User: user } = rowByTable(typed, values);
      return { ...(session as unknown as SessionWithUser), user: user as unknown as User };
    }),
  /** the session, its first refresh token, the user's last login and the audit row, in one transaction */
  openSession: (s: NewSession): Promise<{ sessionId: string; user: User }> => {
    const now = sqlDate(s.now);
    return writeRaw(db, (connection) => {
      const st = writes(connection);
      const sessionId = newId(s.now.getTime());
      st.session.run(sessionId, s.user.id, s.userAgent ?? null, s.ip ?? null, now, now, sqlDate(s.expiresAt));
      st.refreshToken.run(newId(s.now.getTime()), sessionId, s.refreshTokenHash, now);
      st.touchUser.run(now, now, s.user.id);
      st.audit.run(newId(s.now.getTime()), s.user.id, s.user.username, s.user.id, s.user.username, s.ip ?? null, s.how, now);
      const values = st.user.statement.get(s.user.id) as unknown[];
      return { sessionId, user: rowByTable(st.user, values).User as unknown as User };
    });
  },
  /** the addresses this user agent has signed in from (newest first, at most 200): every sign-in asks */
  addressesOf: (userId: string, userAgent: string | null): Promise<Array<string | null>> =>
    readRaw(db, (connection) => reads(connection).addressesOf.all(userId, userAgent) as Array<string | null>),
  /** the rows of a query built with Prisma.sql, committed data */
  query: <T>(query: Prisma.Sql): Promise<T[]> => readRaw(db, (connection) => cached(connection, query.sql).all(...query.values.map(bindable)) as T[]),
  /** a write built with Prisma.sql, in a transaction of its own (never part of another): its RETURNING rows */
  execute: <T>(query: Prisma.Sql): Promise<T[]> =>
    writeRaw(db, (connection) => {
      const prepared = cached(connection, query.sql);
      const values = query.values.map(bindable);
      return (prepared.reader ? prepared.all(...values) : (prepared.run(...values), [])) as T[];
    }),
  prepare: async (): Promise<void> => void (await ensureUserSearchIndex(db)),
  ping: async (): Promise<void> => void (await readRaw(db, (connection) => cached(connection, 'SELECT 1 FROM "_prisma_migrations" LIMIT 1').get())),
});
