import { fail } from "@sveltejs/kit";
import type { CombinedError } from "@urql/core";
import { errorCode, errorExtensions } from "$lib/graphql/errors";
import { messageFor } from "$lib/error-messages";

/** What a failed form action hands back to its page: a message for the top, errors per field. */
export interface FormFailure {
  form?: string;
  code?: string;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  retryAfter?: number;
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, SERVER_BUSY: 503 };

/**
 * Turn a GraphQL error into fail(): `extensions.fields` go next to their fields, anything
 * else becomes the message. `values` are echoed back so the form keeps what was typed
 * (never pass passwords in them).
 */
export function failFromError(error: CombinedError | undefined, extra: Omit<FormFailure, "code" | "message" | "fields"> = {}) {
  const code = errorCode(error);
  const extensions = errorExtensions(error);
  const fields = extensions.fields && typeof extensions.fields === "object" ? (extensions.fields as Record<string, string>) : undefined;
  const retryAfter = typeof extensions.retryAfter === "number" ? extensions.retryAfter : undefined;
  // CONFLICT also names its fields (username or email taken): the fields say it best
  const message = fields ? messageFor("BAD_USER_INPUT") : messageFor(code, extensions);
  return fail(STATUS[code ?? ""] ?? 400, { ...extra, code, message, fields, retryAfter } satisfies FormFailure);
}

/** A failure found before asking the API (a missing field, passwords that differ). */
export function failFields(fields: Record<string, string>, extra: Omit<FormFailure, "fields"> = {}) {
  return fail(400, { message: messageFor("BAD_USER_INPUT"), ...extra, fields } satisfies FormFailure);
}

/** A text field of a submitted form, trimmed ("" when absent). */
export const field = (data: FormData, name: string): string => String(data.get(name) ?? "").trim();
/** A password field: never trimmed. */
export const secret = (data: FormData, name: string): string => String(data.get(name) ?? "");
