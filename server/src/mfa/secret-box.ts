import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Deps } from "../deps.ts";

// TOTP secrets must be read back, so they are encrypted at rest (AES-256-GCM), never hashed.
// Stored as "v1.<iv>.<tag>.<ciphertext>" in base64url.

function keyOf(deps: Deps): Buffer {
  return createHash("sha256").update(`${deps.config.jwtSecret}:totp`).digest();
}

export function sealSecret(deps: Deps, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(deps), iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function openSecret(deps: Deps, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyOf(deps), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
