import { Prisma, type User } from "../generated/prisma/client.ts";
import type { FastPaths } from "./fast-paths.ts";
import { pageIdsSql, whereSql, type CursorPosition, type UserOrder } from "./user-order.ts";
import { asciiLower, postgresSearchColumns, searchMatch } from "./user-search.ts";

export interface UserFilter {
  search?: string | null;
  role?: string | null;
  emailVerified?: boolean | null;
  disabled?: boolean | null;
  mfaEnabled?: boolean | null;
}

/** Fewer matches than this: walking the order's index would visit ~every row to fill a page (see pageIdsSql). */
const FEW_MATCHES = 1000;

// LIKE without its wildcards: a search for "a_b" finds "a_b", not "axb". LIKE ignores the case
// of ASCII letters (only): "ÉCOLE" finds "ÉCOLE" and "École", not "école".
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const FLAGS = ["role", "emailVerified", "disabled", "mfaEnabled"] as const;

/**
 * The filter as SQL terms. While the page walks the order's index (`hideIndexes`), the flag
 * columns get a unary +, so SQLite cannot pick their index and sort every match instead. The
 * count, and a page of few matches, want those indexes, so they get the columns plain.
 */
function filterSql(fast: FastPaths, filter: UserFilter | null | undefined, hideIndexes: boolean): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter?.search && fast.dialect === "postgres") {
    // the same LIKE, on columns with their ASCII letters lowered (pg_trgm's index, postgres.ts)
    const p = likePattern(asciiLower(filter.search));
    where.push(
      Prisma.sql`(${Prisma.join(
        postgresSearchColumns.map((column) => Prisma.sql`${Prisma.raw(column)} LIKE ${p} ESCAPE '\\'`),
        " OR ",
      )})`,
    );
  } else if (filter?.search) {
    // the trigram index finds exactly what LIKE would (see user-search.ts) without reading
    // every row; a page that walks the order's index stops after a few matches, so there LIKE
    // on the rows it visits is cheaper than listing every match first
    const match = hideIndexes ? null : searchMatch(filter.search);
    if (match) {
      where.push(Prisma.sql`"User".rowid IN (SELECT rowid FROM "UserSearch" WHERE "UserSearch" MATCH ${match})`);
    } else {
      const p = likePattern(filter.search);
      where.push(Prisma.sql`("usernameKey" LIKE ${p} ESCAPE '\\' OR "email" LIKE ${p} ESCAPE '\\' OR "name" LIKE ${p} ESCAPE '\\')`);
    }
  }
  for (const column of FLAGS) {
    const value = filter?.[column];
    if (value != null) where.push(Prisma.sql`${Prisma.raw(hideIndexes && fast.dialect === "sqlite" ? `+"${column}"` : `"${column}"`)} = ${value}`);
  }
  return where;
}

/** How many users match: a search alone is counted by its index, without reading a user row. */
function countSql(fast: FastPaths, filter: UserFilter | null | undefined): Prisma.Sql {
  const match = filter?.search && fast.dialect === "sqlite" ? searchMatch(filter.search) : null;
  if (match && FLAGS.every((column) => filter?.[column] == null)) {
    return Prisma.sql`SELECT COUNT(*) AS total FROM "UserSearch" WHERE "UserSearch" MATCH ${match}`;
  }
  return Prisma.sql`SELECT COUNT(*) AS total FROM "User" ${whereSql(filterSql(fast, filter, false))}`;
}

/**
 * Up to `first` users matching the filter in this order after the cursor, whether more follow,
 * and how many match in all; read on committed data, past Prisma's pipeline (~1.5 ms a query there).
 */
export async function pageUsers(fast: FastPaths, filter: UserFilter | null | undefined, order: UserOrder, after: CursorPosition | undefined, first: number) {
  const [{ total }] = await fast.query<{ total: bigint | number | string }>(countSql(fast, filter));
  // many matches: walk the order's index, a page ends after a few rows; few (the count tells):
  // find them by their flag index or one sequential pass, and sort them
  const walkOrder = Number(total) >= FEW_MATCHES;
  const ids = (await fast.query<{ id: string }>(pageIdsSql(fast.dialect, order, filterSql(fast, filter, walkOrder), after, first + 1, walkOrder))).map((row) => row.id);
  const pageIds = ids.slice(0, first);
  const byId = new Map((await fast.usersByIds(pageIds)).map((user) => [user.id, user]));
  // a user deleted between the two reads simply drops out of the page
  const users = pageIds.map((id) => byId.get(id)).filter((user): user is User => user !== undefined);
  return { users, hasNextPage: ids.length > first, total: Number(total) };
}
