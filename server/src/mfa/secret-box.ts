import type { Deps } from "../deps.ts";
import { decryptWithDataKey, encryptWithDataKey } from "../lib/data-key.ts";

// TOTP secrets must be read back, so they are encrypted at rest under DATA_KEY, never hashed;
// sealed for one user, so a value copied into another user's row does not open there.
const context = (userId: string) => `totp:${userId}`;

export const sealSecret = (deps: Deps, userId: string, secret: string): string => encryptWithDataKey(deps.config.dataKey, secret, context(userId));

export const openSecret = (deps: Deps, userId: string, sealed: string): string => decryptWithDataKey(deps.config.dataKey, sealed, context(userId)).toString("utf8");
