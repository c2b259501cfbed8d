import { z } from "zod";
import type { Deps } from "../deps.ts";
import { cursorPositionOf, userOrders } from "../db/user-order.ts";
import { roles } from "../lib/roles.ts";
import { parseInput, plainText } from "../lib/validation.ts";
import { decodeCursor, encodeCursor, pageSizeRule } from "./cursor.ts";
import type { QueryUsersArgs } from "../graphql/resolver-types.ts";

const MAX_PAGE_SIZE = 100;

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

/** One page of users in a stable order, the total that match the filter, and where the next page starts. */
export async function listUsers(deps: Deps, raw: QueryUsersArgs) {
  const args = parseInput(argsSchema, raw);
  const after = args.after ? decodeCursor(args.orderBy, args.after) : undefined;
  const { users, hasNextPage, total } = await deps.store.users.page(args.filter, args.orderBy, after, args.first);
  const last = users.at(-1);
  return {
    nodes: users,
    totalCount: total,
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(args.orderBy, cursorPositionOf(args.orderBy, last)) : null },
  };
}

/** One user by id, or null: an absent user is an answer here, not an error. */
export const findUserById = (deps: Deps, id: string) => deps.store.users.byId(id);
