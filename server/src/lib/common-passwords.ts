import { dictionary } from "@zxcvbn-ts/language-common";

// The ~49,000 most common passwords of zxcvbn-ts's list, checked offline. Checked only when a
// password is set (registration, change, reset), so nobody already signed up is locked out.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common.has(password.toLowerCase());
}
