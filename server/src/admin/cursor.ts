import { z } from "zod";
import { badInput } from "../lib/errors.ts";

// A cursor names the list order it was made for, the row's sort key and its id, so paging
// stays exact across ties and while rows are inserted. Base64url JSON: opaque to clients,
// and nothing in it is secret (the client already sees every value it encodes).
const cursorSchema = z.tuple([z.string(), z.string().nullable(), z.string().min(1)]);

export type { CursorPosition } from "../db/user-order.ts";
import type { CursorPosition } from "../db/user-order.ts";

export function encodeCursor(order: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([order, position.key, position.id])).toString("base64url");
}

/** The position a cursor points at; BAD_USER_INPUT (field `after`) for anything not made by encodeCursor for this order. */
export function decodeCursor(order: string, cursor: string): CursorPosition {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data[0] !== order) throw badInput({ after: "This cursor is not valid for this list." });
  const [, key, id] = parsed.data;
  return { key, id };
}

/** `first` as the contract reads it: at least 1, silently capped at `max`. */
export const pageSizeRule = (max: number) =>
  z
    .number()
    .int()
    .min(1, "Ask for at least one row.")
    .transform((n) => Math.min(n, max));
