import { Prisma, type User } from "../generated/prisma/client.ts";
import { badInput } from "../lib/errors.ts";
import type { Dialect } from "./client.ts";

/** Where a page starts: strictly after the row with this sort key and id. */
export interface CursorPosition {
  key: string | null;
  id: string;
}

export const userOrders = ["CREATED_AT_DESC", "CREATED_AT_ASC", "USERNAME_ASC", "LAST_LOGIN_DESC"] as const;
export type UserOrder = (typeof userOrders)[number];

interface OrderSpec {
  column: "createdAt" | "usernameKey" | "lastLoginAt";
  direction: "ASC" | "DESC";
  /** the sort key of a row, as the cursor stores it (dates as ISO text, as SQLite stores them) */
  key: (user: User) => string | null;
}

// Each order is backed by an index of (column, id) (usernameKey is unique on its own), so a
// page is a short index range scan however deep it is. SQLite sorts NULL lowest, so
// DESC puts never-logged-in users last without a NULLS LAST term that would defeat the index.
const specs: Record<UserOrder, OrderSpec> = {
  CREATED_AT_DESC: { column: "createdAt", direction: "DESC", key: (u) => u.createdAt.toISOString() },
  CREATED_AT_ASC: { column: "createdAt", direction: "ASC", key: (u) => u.createdAt.toISOString() },
  USERNAME_ASC: { column: "usernameKey", direction: "ASC", key: (u) => u.usernameKey },
  LAST_LOGIN_DESC: { column: "lastLoginAt", direction: "DESC", key: (u) => u.lastLoginAt?.toISOString() ?? null },
};

export const cursorPositionOf = (order: UserOrder, user: User): CursorPosition => ({ key: specs[order].key(user), id: user.id });

/**
 * A date key goes back to SQL as a Date: the driver adapter writes dates in its own text form
 * ("…+00:00", not toISOString's "…Z"), and only that form compares correctly with stored rows.
 */
function dateKey(key: string): Date {
  const date = new Date(key);
  if (Number.isNaN(date.getTime())) throw badInput({ after: "This cursor is not valid for this list." });
  return date;
}

export const whereSql = (terms: Prisma.Sql[]) => (terms.length ? Prisma.sql`WHERE ${Prisma.join(terms, " AND ")}` : Prisma.empty);

/**
 * The ids of up to `limit` users matching `filters`, in this order, strictly after the cursor.
 * `viaIndex`: a row-value range on the order's index, so a deep page costs what the first does,
 * and a page stops after `limit` matches. When the filter matches few rows that walk would visit
 * nearly every row at random; then (viaIndex false) the order columns are wrapped in a unary +,
 * which SQLite cannot match to an index, so it finds the matches by the filter's own index or
 * one sequential pass, and sorts the few.
 */
export function pageIdsSql(dialect: Dialect, order: UserOrder, filters: Prisma.Sql[], after: CursorPosition | undefined, limit: number, viaIndex = true): Prisma.Sql {
  const { column, direction } = specs[order];
  const postgres = dialect === "postgres";
  // PostgreSQL: its planner needs no hints; it sorts NULL highest (so DESC wants NULLS LAST),
  // and compares text by the database's collation, where SQLite compares bytes: "C" is bytes
  const ref = (name: string) => Prisma.raw(postgres ? `"${name}"${name === "usernameKey" ? ' COLLATE "C"' : ""}` : viaIndex ? `"${name}"` : `+"${name}"`);
  const [col, id] = [ref(column), ref("id")];
  const op = Prisma.raw(direction === "DESC" ? "<" : ">");
  const dir = Prisma.raw(postgres && direction === "DESC" ? "DESC NULLS LAST" : direction);
  const orderBy = column === "usernameKey" ? Prisma.sql`ORDER BY ${col} ${dir}` : Prisma.sql`ORDER BY ${col} ${dir}, ${id} ${dir}`;
  const select = (terms: Prisma.Sql[]) => Prisma.sql`SELECT "id" FROM "User" ${whereSql([...filters, ...terms])} ${orderBy} LIMIT ${limit}`;
  if (!after) return select([]);
  if (column === "usernameKey") return select([Prisma.sql`${col} > ${after.key ?? ""}`]);
  // the NULL tail of a nullable DESC order, where ties break on id alone
  if (after.key === null) return select([Prisma.sql`${col} IS NULL AND ${id} ${op} ${after.id}`]);
  const range = Prisma.sql`(${col}, ${id}) ${op} (${dateKey(after.key)}, ${after.id})`;
  if (column !== "lastLoginAt") return select([range]);
  // "range OR IS NULL" would make SQLite scan the index from the top: take the rest of the
  // dated rows, then the NULL tail, as two ranges glued in order
  return Prisma.sql`SELECT "id" FROM (SELECT * FROM (${select([range])}) AS dated UNION ALL SELECT * FROM (${select([Prisma.sql`${col} IS NULL`])}) AS never) AS page LIMIT ${limit}`;
}
