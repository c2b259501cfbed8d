import type { Prisma, User } from "../generated/prisma/client.ts";
import { readRaw, type Db } from "./client.ts";
import type { SqliteConnection, SqliteStatement } from "./serialized-adapter.ts";
import { perConnection, rowByTable, sqlDate, typedStatement } from "./typed-rows.ts";

// Admin listings read on the read-only connection too: through Prisma each raw query and the
// page's findMany cost ~1.5 ms of pipeline apiece, more than SQLite's own work.

const MAX_STATEMENTS = 200; // one per shape of filter and order; a few dozen in practice

const statementsOf = perConnection(() => new Map<string, SqliteStatement>());

function statement(connection: SqliteConnection, sql: string): SqliteStatement {
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

/** The rows of a Prisma.sql query (committed data), as plain objects. */
export function readRows<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  return readRaw(db, (connection) => statement(connection, query.sql).all(...query.values.map(bindable)) as T[]);
}

const usersByIds = perConnection((connection) => typedStatement(connection, 'SELECT * FROM "User" WHERE "id" IN (SELECT value FROM json_each(?))'));

/** The users with these ids (any order; absent ids are skipped). */
export function readUsersByIds(db: Db, ids: string[]): Promise<User[]> {
  return readRaw(db, (connection) => {
    const typed = usersByIds(connection);
    return (typed.statement.all(JSON.stringify(ids)) as unknown[][]).map((values) => rowByTable(typed, values).User as unknown as User);
  });
}
