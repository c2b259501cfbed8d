import type { SqliteConnection, SqliteStatement } from "./serialized-adapter.ts";

// Rows read past Prisma, typed the way the driver adapter types them: by declared column type
// (DATETIME → Date, BOOLEAN → boolean); DateTime values are written the way it writes them.

type Convert = (value: unknown) => unknown;

const SQLITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/; // CURRENT_TIMESTAMP: UTC, no zone

/** A DateTime column's value as either store's raw reads return it (a Date on PostgreSQL, text on SQLite). */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  const text = String(value);
  return new Date(SQLITE_TIMESTAMP.test(text) ? `${text.replace(" ", "T")}Z` : text);
};
const toBoolean: Convert = (value) => (value === null || value === undefined ? null : Boolean(value));
const converters: Record<string, Convert> = { DATETIME: toDate, TIMESTAMP: toDate, BOOLEAN: toBoolean };

/** A Date as the adapter stores it (ISO 8601 with +00:00), so both kinds of writes sort alike. */
export const sqlDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

interface TypedStatement {
  statement: SqliteStatement;
  columns: Array<{ name: string; table: string; convert?: Convert }>;
}

/** A statement that returns rows as arrays, with each column's table and converter. */
export function typedStatement(connection: SqliteConnection, sql: string): TypedStatement {
  const statement = connection.prepare(sql).raw(true);
  const columns = statement.columns().map(({ name, table, type }) => ({
    name,
    table: table ?? "",
    convert: converters[type?.toUpperCase() ?? ""],
  }));
  return { statement, columns };
}

/** One row's columns as objects, one per table (the tables of a JOIN come apart). */
export function rowByTable(typed: TypedStatement, values: unknown[]): Record<string, Record<string, unknown>> {
  const byTable: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < typed.columns.length; i++) {
    const { name, table, convert } = typed.columns[i];
    (byTable[table] ??= {})[name] = convert ? convert(values[i]) : values[i];
  }
  return byTable;
}

/** Prepared statements made once per connection. */
export function perConnection<T>(prepare: (connection: SqliteConnection) => T): (connection: SqliteConnection) => T {
  const cache = new WeakMap<SqliteConnection, T>();
  return (connection) => {
    let entry = cache.get(connection);
    if (!entry) cache.set(connection, (entry = prepare(connection)));
    return entry;
  };
}
