import type { Session, User } from "../generated/prisma/client.ts";
import { readRaw, type Db } from "./client.ts";
import type { SqliteConnection, SqliteStatement } from "./serialized-adapter.ts";

export type SessionWithUser = Session & { user: User };

// The per-request session check is the hot path of every authenticated call. Through Prisma
// (query compiler, plan interpreter) it cost ~2 ms of CPU; one prepared statement on the
// read-only connection (committed data only) costs tens of µs. Rows are typed
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

// One statement (a single read, so one consistent snapshot, with no BEGIN/COMMIT around it);
// its columns are split back into the session and its user by their table.
const SESSION_WITH_USER = 'SELECT s.*, u.* FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?';

interface Column {
  name: string;
  table: "Session" | "User";
  convert?: Convert;
}

interface Prepared {
  statement: SqliteStatement;
  columns: Column[];
}

const cache = new WeakMap<SqliteConnection, Prepared>();

function prepared(connection: SqliteConnection): Prepared {
  let entry = cache.get(connection);
  if (!entry) {
    const statement = connection.prepare(SESSION_WITH_USER).raw(true);
    const columns = statement.columns().map(({ name, table, type }) => ({
      name,
      table: table as Column["table"],
      convert: converters[type?.toUpperCase() ?? ""],
    }));
    cache.set(connection, (entry = { statement, columns }));
  }
  return entry;
}

/** A session by id with its user (as `findUnique({ include: { user: true } })` gives it), or null. */
export async function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | null> {
  const direct = readRaw(db, (connection) => {
    const { statement, columns } = prepared(connection);
    const values = statement.get(id) as unknown[] | undefined;
    if (!values) return null;
    const session: Record<string, unknown> = {};
    const user: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const { name, table, convert } = columns[i];
      (table === "Session" ? session : user)[name] = convert ? convert(values[i]) : values[i];
    }
    return { ...(session as Session), user: user as User };
  });
  return direct !== undefined ? direct : db.session.findUnique({ where: { id }, include: { user: true } });
}
