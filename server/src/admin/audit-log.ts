import { z } from "zod";
import type { Deps } from "../deps.ts";
import { badInput } from "../lib/errors.ts";
import { parseInput } from "../lib/validation.ts";
import { decodeCursor, encodeCursor, pageSizeRule } from "./cursor.ts";
import type { QueryAuditLogArgs } from "../graphql/resolver-types.ts";

const MAX_AUDIT_PAGE_SIZE = 200;
const ORDER = "AUDIT_NEWEST";

const argsSchema = z.object({
  first: pageSizeRule(MAX_AUDIT_PAGE_SIZE).default(50),
  after: z.string().max(500).nullish(),
  userId: z.string().min(1).nullish(),
});

/** The audit log, newest first, optionally only the events where a user is actor or target. */
export async function listAuditLog(deps: Deps, raw: QueryAuditLogArgs) {
  const args = parseInput(argsSchema, raw);
  let after: { at: Date; id: string } | undefined;
  if (args.after) {
    const { key, id } = decodeCursor(ORDER, args.after);
    const at = new Date(key ?? "");
    if (Number.isNaN(at.getTime())) throw badInput({ after: "This cursor is not valid for this list." });
    after = { at, id };
  }
  const userId = args.userId ?? undefined;
  const [events, totalCount] = await deps.store.transaction(async (tx) => [await tx.audit.page(args.first + 1, after, userId), await tx.audit.count(userId)] as const);
  const nodes = events.slice(0, args.first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: events.length > args.first,
      endCursor: last ? encodeCursor(ORDER, { key: last.createdAt.toISOString(), id: last.id }) : null,
    },
  };
}
