import { createHmac } from "node:crypto";

// An authenticator app of our own (RFC 6238 over RFC 4226: SHA-1, 30 s steps), independent of
// the server's TOTP library, checked against the RFC's vectors in tests/unit/totp.test.ts.

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Decode(text: string): Buffer {
  let bits = "";
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}

/** The code for a raw key at a time, with `digits` digits. */
export function hotpAt(key: Buffer, at: Date, digits = 6): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, "0");
}

/** What an authenticator app shows for a base32 secret at a time. */
export const totpCode = (secret: string, at: Date): string => hotpAt(base32Decode(secret), at);
