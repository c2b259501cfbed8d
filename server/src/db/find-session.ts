import type { Session, User } from "../generated/prisma/client.ts";
import { readRaw, type Db } from "./client.ts";
import type { SqliteConnection, SqliteStatement } from "./serialized-adapter.ts";

export type SessionWithUser = Session & { user: User };

// The per-request session check is the hot path of every authenticated call. Through Prisma
// (query compiler, plan interpreter) it cost ~2 ms of CPU; two prepared statements in one read
// transaction on the read-only connection (committed data only) cost tens of µs. Rows are typed
// the way the driver adapter types them: by declared column type (DATETIME → Date, BOOLEAN → boolean).

type Convert = (value: unknown) => unknown;

const SQLITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/; // CURRENT_TIMESTAMP: UTC, no zone

const toDate: Convert = (value) => {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  const text = String(value);
  return new Date(SQLITE_TIMESTAMP.test(text) ? `${text.replace(" ", "T")}Z` : text);
};
const toBoolean: Convert = (value) => (value === null || value === undefined ? null : Boolean(value));
const converters: Record<string, Convert> = { DATETIME: toDate, TIMESTAMP: toDate, BOOLEAN: toBoolean };

interface Prepared {
  statement: SqliteStatement;
  convert: Array<[string, Convert]>;
}

const cache = new WeakMap<SqliteConnection, Map<string, Prepared>>();

function prepared(connection: SqliteConnection, sql: string): Prepared {
  let statements = cache.get(connection);
  if (!statements) cache.set(connection, (statements = new Map()));
  let entry = statements.get(sql);
  if (!entry) {
    const statement = connection.prepare(sql);
    const convert = statement.columns().flatMap(({ name, type }): Array<[string, Convert]> => {
      const fn = converters[type?.toUpperCase() ?? ""];
      return fn ? [[name, fn]] : [];
    });
    statements.set(sql, (entry = { statement, convert }));
  }
  return entry;
}

function row<T>(connection: SqliteConnection, sql: string, id: string): T | null {
  const { statement, convert } = prepared(connection, sql);
  const found = statement.get(id);
  if (!found) return null;
  for (const [name, fn] of convert) found[name] = fn(found[name]);
  return found as T;
}

/** A session by id with its user (as `findUnique({ include: { user: true } })` gives it), or null. */
export async function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | null> {
  const direct = readRaw(db, (connection) => {
    const session = row<Session>(connection, 'SELECT * FROM "Session" WHERE "id" = ?', id);
    const user = session && row<User>(connection, 'SELECT * FROM "User" WHERE "id" = ?', session.userId);
    return session && user ? { ...session, user } : null;
  });
  return direct !== undefined ? direct : db.session.findUnique({ where: { id }, include: { user: true } });
}
