import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptWithDataKey, encryptWithDataKey, generateDataKey, parseDataKey } from "../../server/src/lib/data-key.ts";

describe("DATA_KEY (AES-256-GCM at rest)", () => {
  const key = parseDataKey(generateDataKey());

  it("reads 32 bytes as base64, base64url or hex, and nothing else", () => {
    const bytes = randomBytes(32);
    for (const text of [bytes.toString("base64"), bytes.toString("base64url"), bytes.toString("hex")]) expect(parseDataKey(text).equals(bytes)).toBe(true);
    for (const bad of ["", "short", randomBytes(16).toString("base64"), randomBytes(48).toString("hex"), "é".repeat(44)]) expect(() => parseDataKey(bad)).toThrow(/32 bytes/);
  });

  it("opens what it sealed, with a fresh nonce each time", () => {
    const a = encryptWithDataKey(key, "secret", "totp:u1");
    expect(a).not.toBe(encryptWithDataKey(key, "secret", "totp:u1"));
    expect(a).not.toContain("secret");
    expect(decryptWithDataKey(key, a, "totp:u1").toString()).toBe("secret");
  });

  it("refuses another key, another context, or any changed byte", () => {
    const sealed = encryptWithDataKey(key, Buffer.from("private key"), "signing-key:k1");
    expect(() => decryptWithDataKey(parseDataKey(generateDataKey()), sealed, "signing-key:k1")).toThrow(/does not open/);
    expect(() => decryptWithDataKey(key, sealed, "signing-key:k2")).toThrow(/does not open/);
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = Buffer.from(data, "base64url");
    flipped[0] ^= 1;
    expect(() => decryptWithDataKey(key, [v, iv, tag, flipped.toString("base64url")].join("."), "signing-key:k1")).toThrow(/does not open/);
    expect(() => decryptWithDataKey(key, "plain text", "signing-key:k1")).toThrow(/not a value sealed/);
  });
});
