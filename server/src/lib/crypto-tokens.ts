import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** 256 bits from the CSPRNG, URL-safe: refresh and reset tokens. */
export const randomToken = (): string => randomBytes(32).toString("base64url");

/** Tokens are stored only as their SHA-256: they carry 256 bits, so no salt or slow hash is needed. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const hmac = (key: string, value: string): string => createHmac("sha256", key).update(value).digest("base64url");

/** A 6-digit code, uniformly drawn from the CSPRNG. */
export const generateOtp = (): string => randomInt(0, 1_000_000).toString().padStart(6, "0");

/** An OTP has only 10^6 values, so a plain hash would fall to a table: key it with a server secret. */
export const hashOtp = (key: string, email: string, code: string): string => hmac(key, `otp:${email}:${code}`);

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
