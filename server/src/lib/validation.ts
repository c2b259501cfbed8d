import { z } from "zod";
import { badInput } from "./errors.ts";

// The contract's field rules, in one place; services compose them into input schemas.
export const usernameRule = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(30, "Use at most 30 characters.")
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "Start with a letter; then use letters, digits or _.");

export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const passwordRule = z.string().min(8, "Use at least 8 characters.").max(128, "Use at most 128 characters.");

export const nameRule = z.string().trim().max(100, "Use at most 100 characters.");
export const bioRule = z.string().trim().max(500, "Use at most 500 characters.");

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
