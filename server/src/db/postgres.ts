import pg from "pg";
import type { Prisma } from "../generated/prisma/client.ts";
import { newId } from "./ids.ts";
import type { NewSession, SessionWithUser, User } from "./types.ts";
import { postgresSearchColumns as searchColumns } from "./user-search.ts";

// The hot paths on PostgreSQL: named prepared statements on the pool under the Prisma client.
// Through Prisma's pipeline a lookup costs ~0.6 ms of CPU here; a prepared statement ~0.05 ms.

// Prisma stores DateTime as timestamp(3) without time zone, in UTC: read it back as UTC
// (pg would read it as local time). Everything else as pg reads it.
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** A Date the way a timestamp-without-time-zone column holds it (UTC, no zone). */
const pgDate = (date: Date) => date.toISOString().replace("Z", "");
const bindable = (value: unknown) => (value instanceof Date ? pgDate(value) : value);

interface Statement {
  name: string;
  text: string;
}

const statement = (name: string, text: string): Statement => ({ name: `authkit_${name}`, text });

async function rows<T>(pool: pg.Pool, { name, text }: Statement, values: unknown[]): Promise<T[]> {
  return (await pool.query<T & pg.QueryResultRow>({ name, text, values: values.map(bindable), types })).rows;
}

/** A statement built with Prisma.sql, run once (not kept prepared): its rows. */
const unprepared = <T>(pool: pg.Pool, query: Prisma.Sql) => rows<T>(pool, { name: "", text: query.text }, query.values);

/** Rows as arrays, split into one object per table by each column's table (a JOIN comes apart). */
async function rowsByTable(pool: pg.Pool, { name, text }: Statement, values: unknown[]): Promise<Array<Array<Record<string, unknown>>>> {
  const result = await pool.query<unknown[]>({ name, text, values: values.map(bindable), types, rowMode: "array" });
  return result.rows.map((row) => {
    const tables: Array<Record<string, unknown>> = [];
    let current: Record<string, unknown> | undefined;
    result.fields.forEach((field, i) => {
      if (i === 0 || field.tableID !== result.fields[i - 1].tableID) tables.push((current = {}));
      current![field.name] = row[i];
    });
    return tables;
  });
}

const userBy = {
  email: statement("user_by_email", 'SELECT * FROM "User" WHERE "email" = $1'),
  usernameKey: statement("user_by_username_key", 'SELECT * FROM "User" WHERE "usernameKey" = $1'),
};
const usersByIds = statement("users_by_ids", 'SELECT * FROM "User" WHERE "id" = ANY($1)');
const addressesOf = statement("addresses_of", 'SELECT "ip" FROM "Session" WHERE "userId" = $1 AND "userAgent" IS NOT DISTINCT FROM $2 ORDER BY "createdAt" DESC LIMIT 200');
const sessionWithUser = statement("session_with_user", 'SELECT s.*, u.* FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = $1');
// One statement, so one round trip and atomic: the session, its first refresh token and the
// audit row, and the user's last login (lastLoginAt moves updatedAt, as Prisma's @updatedAt does).
const openSession = statement(
  "open_session",
  `WITH session AS (
     INSERT INTO "Session" ("id", "userId", "userAgent", "ip", "createdAt", "lastUsedAt", "expiresAt") VALUES ($1, $2, $3, $4, $5, $5, $6)
   ), token AS (
     INSERT INTO "RefreshToken" ("id", "sessionId", "tokenHash", "createdAt") VALUES ($7, $1, $8, $5)
   ), audit AS (
     INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "targetId", "targetLabel", "ip", "detail", "createdAt")
     VALUES ($9, 'auth.sign_in', $2, $10, $2, $10, $4, $11, $5)
   )
   UPDATE "User" SET "lastLoginAt" = $5, "updatedAt" = $5 WHERE "id" = $2 RETURNING *`,
);

export const postgresPaths = (pool: pg.Pool) => ({
  userByKey: async (key: "email" | "usernameKey", value: string): Promise<User | null> => (await rows<User>(pool, userBy[key], [value]))[0] ?? null,
  usersByIds: (ids: string[]) => rows<User>(pool, usersByIds, [ids]),
  sessionWithUser: async (id: string): Promise<SessionWithUser | null> => {
    const [row] = await rowsByTable(pool, sessionWithUser, [id]);
    return row ? { ...(row[0] as unknown as SessionWithUser), user: row[1] as unknown as User } : null;
  },
  openSession: async (s: NewSession): Promise<{ sessionId: string; user: User }> => {
    const at = s.now.getTime();
    const sessionId = newId(at);
    const values = [sessionId, s.user.id, s.userAgent ?? null, s.ip ?? null, s.now, s.expiresAt, newId(at), s.refreshTokenHash, newId(at), s.user.username, s.how];
    const [user] = await rows<User>(pool, openSession, values);
    return { sessionId, user };
  },
  addressesOf: async (userId: string, userAgent: string | null) => (await rows<{ ip: string | null }>(pool, addressesOf, [userId, userAgent])).map((row) => row.ip),
  /** the rows of a query built with Prisma.sql (its $n form), committed data */
  query: <T>(query: Prisma.Sql) => unprepared<T>(pool, query),
  /** a write built with Prisma.sql, in a transaction of its own (never part of another): its RETURNING rows */
  execute: <T>(query: Prisma.Sql) => unprepared<T>(pool, query),
  prepare: () => ensureUserSearchIndex(pool),
  ping: async () => void (await pool.query('SELECT 1 FROM "_prisma_migrations" LIMIT 1')),
  /** for a store with statements of its own (rate-limits.ts) */
  pool,
});

export type PostgresPaths = ReturnType<typeof postgresPaths>;

// The admin search's columns (user-search.ts) under pg_trgm's GIN index, which answers LIKE
// '%…%' from the index. Prisma's schema cannot say this for one provider only, so the app
// makes it at start (pg_trgm is a trusted extension since PG 13).
// Instances started together would race on IF NOT EXISTS (a unique violation in pg_extension
// stops all but one): an advisory lock lets one make them while the others wait, then see them.
async function ensureUserSearchIndex(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('authkit_user_search'))");
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await client.query(`CREATE INDEX IF NOT EXISTS "User_search_trgm" ON "User" USING gin (${searchColumns.map((c) => `(${c}) gin_trgm_ops`).join(", ")})`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
