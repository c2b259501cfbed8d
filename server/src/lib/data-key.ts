import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Secrets the service must read back (signing keys; later TOTP secrets and queued mail) are
// stored encrypted with AES-256-GCM under DATA_KEY, never in clear. Every value gets its own
// random 96-bit nonce and is bound to what it is for (`context`, as associated data), so a
// sealed value copied into another row or column does not open there.
// Stored as "v1.<iv>.<tag>.<ciphertext>", each part base64url.

const VERSION = "v1";
const KEY_BYTES = 32;

class DataKeyError extends Error {}

/** DATA_KEY as written in the environment: 32 bytes as 64 hex digits, or base64/base64url. */
export function parseDataKey(text: string): Buffer {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, "hex");
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) key = Buffer.from(value, "base64"); // also reads base64url
  if (key?.length !== KEY_BYTES) throw new DataKeyError("DATA_KEY must be 32 bytes, written as base64 (44 characters) or hex (64 digits).");
  return key;
}

/** A fresh DATA_KEY in base64. */
export const generateDataKey = () => randomBytes(KEY_BYTES).toString("base64");

export function encryptWithDataKey(key: Buffer, plaintext: Buffer | string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [VERSION, ...[iv, cipher.getAuthTag(), data].map((part) => part.toString("base64url"))].join(".");
}

/** The plaintext; throws when the key, the context or any byte of the value is not the one sealed. */
export function decryptWithDataKey(key: Buffer, sealed: string, context: string): Buffer {
  const [version, iv, tag, data, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined || extra !== undefined) throw new DataKeyError("not a value sealed with DATA_KEY");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]);
  } catch {
    throw new DataKeyError("a value sealed with DATA_KEY does not open: another DATA_KEY, or altered");
  }
}
