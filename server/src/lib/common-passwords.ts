import { createRequire } from "node:module";

// The ~49,000 most common passwords of zxcvbn-ts's list, checked offline. Checked only when a
// password is set (registration, change, reset), so nobody already signed up is locked out.
// The list is loaded at the first such check, not at start: a process serving sessions only
// never holds it (its module, decompressed words and this Set: several MB resident).
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(createRequire(import.meta.url)("@zxcvbn-ts/language-common").dictionary["passwords-common"] as string[]);
  return common.has(password.toLowerCase());
}
