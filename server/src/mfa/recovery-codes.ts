import { randomInt } from "node:crypto";
import { hmac } from "../lib/crypto-tokens.ts";

// Ten single-use codes for a lost authenticator. 12 characters from a 31-letter alphabet without
// look-alikes (~59 bits each), shown once and stored only as keyed hashes: a copy of the
// database alone cannot be searched for them.
const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(): string[] {
  const code = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => code().replace(/(.{4})(?=.)/g, "$1-"));
}

/** Typed by a person: case, spaces and dashes do not matter. */
export const hashRecoveryCode = (key: string, code: string): string => hmac(`${key}:recovery`, code.toLowerCase().replace(/[\s-]/g, ""));

/** Looks like a recovery code rather than a 6-digit TOTP code. */
export const isRecoveryCodeShape = (code: string): boolean => code.replace(/[\s-]/g, "").length >= 10;
