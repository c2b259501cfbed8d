import { z } from "zod";
import { badInput } from "./errors.ts";
import { isCommonPassword } from "./common-passwords.ts";

// The contract's field rules, in one place; services compose them into input schemas.

// NUL and other controls, bidi overrides and isolates, zero-width and invisible characters:
// they break storage and search, or make one text look like another. Line breaks and tabs
// are allowed where text may span lines (bio).
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- likewise, less line breaks and tabs
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HOSTILE_MESSAGE = "Remove control, invisible or text-direction characters.";

/** Text a person typed: well-formed UTF-16 (no lone surrogates) and none of the characters above. */
export const plainText = (lines = false) =>
  z.string().refine((s) => !LONE_SURROGATE.test(s) && !INVISIBLE.test(s) && !(lines ? CONTROL_BUT_LINES : CONTROL).test(s), HOSTILE_MESSAGE);

export const usernameRule = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(30, "Use at most 30 characters.")
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "Start with a letter; then use letters, digits or _.");

export const emailRule = z.string().trim().toLowerCase().max(254, "That address is too long.").pipe(z.email("Enter a valid email address."));

export const passwordRule = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((password) => !isCommonPassword(password), "This password is one of the most common ones: choose another.");

export const nameRule = plainText().trim().max(100, "Use at most 100 characters.");
export const bioRule = plainText(true).trim().max(500, "Use at most 500 characters.");

/** Parse input or throw BAD_USER_INPUT with one message per bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "input";
    fields[field] ??= issue.message;
  }
  throw badInput(fields);
}

/** The password must not equal the username or the email (compared without case). */
export function passwordDiffersFromIdentity(password: string, username: string, email: string): boolean {
  const lower = password.toLowerCase();
  return lower !== username.toLowerCase() && lower !== email.toLowerCase();
}
