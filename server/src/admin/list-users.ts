import { z } from "zod";
import type { Deps } from "../deps.ts";
import { Prisma, type User } from "../generated/prisma/client.ts";
import { roles } from "../lib/roles.ts";
import { parseInput, plainText } from "../lib/validation.ts";
import { searchMatch } from "./user-search-index.ts";
import { readRows, readUsersByIds } from "../db/read-sql.ts";
import { decodeCursor, encodeCursor, pageSizeRule } from "./cursor.ts";
import { cursorPositionOf, pageIdsSql, userOrders, whereSql } from "./user-order.ts";

export const MAX_PAGE_SIZE = 100;
/** Fewer matches than this: walking the order's index would visit ~every row to fill a page (see pageIdsSql). */
const FEW_MATCHES = 1000;

const argsSchema = z.object({
  filter: z
    .object({
      search: plainText().trim().max(100, "Use at most 100 characters.").nullish(),
      role: z.enum(roles).nullish(),
      emailVerified: z.boolean().nullish(),
      disabled: z.boolean().nullish(),
      mfaEnabled: z.boolean().nullish(),
    })
    .nullish(),
  first: pageSizeRule(MAX_PAGE_SIZE).default(20),
  after: z.string().max(500).nullish(),
  orderBy: z.enum(userOrders).default("CREATED_AT_DESC"),
});

export type ListUsersArgs = z.input<typeof argsSchema>;

// LIKE without its wildcards: a search for "a_b" finds "a_b", not "axb". LIKE ignores the case
// of ASCII letters (only): "ÉCOLE" finds "ÉCOLE" and "École", not "école".
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The filter as SQL terms. While the page walks the order's index (`hideIndexes`), the flag
 * columns get a unary +, so SQLite cannot pick their index and sort every match instead. The
 * count, and a page of few matches, want those indexes, so they get the columns plain.
 */
function filterSql(filter: z.infer<typeof argsSchema>["filter"], hideIndexes: boolean): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter?.search) {
    // the trigram index finds exactly what LIKE would (see user-search-index.ts) without
    // reading every row; a page that walks the order's index stops after a few matches, so
    // there LIKE on the rows it visits is cheaper than listing every match first
    const match = hideIndexes ? null : searchMatch(filter.search);
    if (match) {
      where.push(Prisma.sql`"User".rowid IN (SELECT rowid FROM "UserSearch" WHERE "UserSearch" MATCH ${match})`);
    } else {
      const p = likePattern(filter.search);
      where.push(Prisma.sql`("usernameKey" LIKE ${p} ESCAPE '\\' OR "email" LIKE ${p} ESCAPE '\\' OR "name" LIKE ${p} ESCAPE '\\')`);
    }
  }
  const flag = (column: string, value: string | number) => where.push(Prisma.sql`${Prisma.raw(hideIndexes ? `+"${column}"` : `"${column}"`)} = ${value}`);
  if (filter?.role) flag("role", filter.role);
  if (filter?.emailVerified != null) flag("emailVerified", Number(filter.emailVerified));
  if (filter?.disabled != null) flag("disabled", Number(filter.disabled));
  if (filter?.mfaEnabled != null) flag("mfaEnabled", Number(filter.mfaEnabled));
  return where;
}

/** How many users match: a search alone is counted by its index, without reading a user row. */
function countSql(filter: z.infer<typeof argsSchema>["filter"]): Prisma.Sql {
  const match = filter?.search ? searchMatch(filter.search) : null;
  if (match && filter?.role == null && filter?.emailVerified == null && filter?.disabled == null && filter?.mfaEnabled == null) {
    return Prisma.sql`SELECT COUNT(*) AS total FROM "UserSearch" WHERE "UserSearch" MATCH ${match}`;
  }
  return Prisma.sql`SELECT COUNT(*) AS total FROM "User" ${whereSql(filterSql(filter, false))}`;
}

/** One page of users in a stable order, the total that match the filter, and where the next page starts. */
export async function listUsers(deps: Deps, raw: ListUsersArgs) {
  const args = parseInput(argsSchema, raw);
  const after = args.after ? decodeCursor(args.orderBy, args.after) : undefined;
  const [{ total }] = await readRows<{ total: bigint | number }>(deps.db, countSql(args.filter));
  // many matches: walk the order's index, a page ends after a few rows; few (the count tells):
  // find them by their flag index or one sequential pass, and sort them
  const walkOrder = Number(total) >= FEW_MATCHES;
  const ids = await readRows<{ id: string }>(deps.db, pageIdsSql(args.orderBy, filterSql(args.filter, walkOrder), after, args.first + 1, walkOrder));
  const hasNextPage = ids.length > args.first;
  const pageIds = ids.slice(0, args.first).map((row) => row.id);
  const rows = await readUsersByIds(deps.db, pageIds);
  const byId = new Map(rows.map((user) => [user.id, user]));
  // a user deleted between the two reads simply drops out of the page
  const nodes = pageIds.map((id) => byId.get(id)).filter((user): user is User => user !== undefined);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount: Number(total),
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(args.orderBy, cursorPositionOf(args.orderBy, last)) : null },
  };
}

/** One user by id, or null: an absent user is an answer here, not an error. */
export const findUserById = (deps: Deps, id: string) => deps.db.user.findUnique({ where: { id } });
