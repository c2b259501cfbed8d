import { describe, expect, it } from "vitest";
import { parseDuration } from "../../server/src/lib/duration.ts";
import { generateOtp, hashOtp, hashToken, randomToken, safeEqual } from "../../server/src/lib/crypto-tokens.ts";
import { hashPassword, passwordNeedsRehash, verifyDummyPassword, verifyPassword } from "../../server/src/lib/password.ts";
import { generateKeyPairSync } from "node:crypto";
import { signAccessToken, verifyAccessToken, type VerifyingKey } from "../../server/src/lib/access-token.ts";
import { sharedSecretRing } from "../../server/src/keys/key-material.ts";
import { hasRoleAtLeast } from "../../server/src/lib/roles.ts";
import { emailRule, parseInput, passwordDiffersFromIdentity, usernameRule } from "../../server/src/lib/validation.ts";
import { createManualClock } from "../../server/src/lib/clock.ts";
import { AppError } from "../../server/src/lib/errors.ts";
import { z } from "zod";

describe("parseDuration", () => {
  it("reads the units of the contract's TTLs", () => {
    expect(parseDuration("15m")).toBe(900);
    expect(parseDuration("7d")).toBe(604_800);
    expect(parseDuration("2h")).toBe(7200);
    expect(parseDuration("30")).toBe(30);
    expect(() => parseDuration("soon")).toThrow(/not a duration/);
    expect(() => parseDuration("0m")).toThrow(/positive/);
  });
});

describe("crypto tokens", () => {
  it("draws 256-bit URL-safe tokens that never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, randomToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{43}$/);
    expect(hashToken("a")).toHaveLength(64);
  });

  it("draws 6-digit codes over the whole range, zero-padded", () => {
    const codes = Array.from({ length: 5000 }, generateOtp);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(codes.some((c) => c.startsWith("0"))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(4900);
  });

  it("keys OTP hashes by secret and address", () => {
    expect(hashOtp("k", "a@x.io", "123456")).toBe(hashOtp("k", "a@x.io", "123456"));
    expect(hashOtp("k", "a@x.io", "123456")).not.toBe(hashOtp("other", "a@x.io", "123456"));
    expect(hashOtp("k", "a@x.io", "123456")).not.toBe(hashOtp("k", "b@x.io", "123456"));
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
  });
});

describe("passwords", () => {
  it("hash with argon2id at the OWASP parameters and verify", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
    expect(passwordNeedsRehash(hash)).toBe(false);
    expect(await verifyDummyPassword("anything")).toBe(false);
  });

  // made by the `argon2` package this project used before @node-rs/argon2: accounts stored then still sign in
  const before = {
    current: "$argon2id$v=19$m=19456,t=2,p=1$LwR91qwxeWHW9iclfOTmdQ$BlVG9R2BdQumhjC82OgE9N9lVf/1RaRS4oxQh4OkII8",
    weaker: "$argon2id$v=19$m=4096,t=3,p=1$LNHPJT0LMgDHK/vf1Zvazg$5oiT5hSn+rNw8VvrkDBjvYo04ekN9sNthQasKFrUphU",
    argon2i: "$argon2i$v=19$m=19456,t=2,p=1$T2/tv2ui6G9jlzreqb8tSw$EEZQwMDe0AYCQdLlPX3zfN3xOB8q3oCJDYczWO9DVDA",
  };

  it("verify hashes stored before, and hash again those made with other parameters", async () => {
    for (const stored of Object.values(before)) {
      expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
      expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
    }
    expect(passwordNeedsRehash(before.current)).toBe(false);
    expect(passwordNeedsRehash(before.weaker)).toBe(true);
    expect(passwordNeedsRehash(before.argon2i)).toBe(true);
    expect(passwordNeedsRehash("not a hash")).toBe(true);
  });
});

describe("access tokens", () => {
  const ecKey = (kid: string, notAfter?: number) => {
    const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const verifying: VerifyingKey = { kid, algorithm: "ES256", key: publicKey, notAfter };
    return { signing: { kid, algorithm: "ES256" as const, key: privateKey }, verifying };
  };
  const first = ecKey("k1");
  const ring = { signing: first.signing, verifying: new Map([["k1", first.verifying]]) };
  const settings = { keys: ring, issuer: "i", audience: "a", ttlSeconds: 60 };
  const otherKey = ecKey("k1"); // same kid, another key: a reused or replaced kid
  const otherRing = { signing: otherKey.signing, verifying: new Map([["k1", otherKey.verifying]]) };

  it("expire by the injected clock", () => {
    const clock = createManualClock(new Date("2030-01-01T00:00:00Z"));
    const { token, expiresAt } = signAccessToken({ userId: "u", sessionId: "s" }, settings, clock.now());
    expect(expiresAt.toISOString()).toBe("2030-01-01T00:01:00.000Z");
    expect(verifyAccessToken(token, settings, clock.now())).toEqual({ ok: true, claims: { userId: "u", sessionId: "s" } });
    clock.advance(61_000);
    expect(verifyAccessToken(token, settings, clock.now())).toEqual({ ok: false, reason: "EXPIRED" });
    expect(verifyAccessToken(token, { ...settings, keys: otherRing }, new Date("2030-01-01T00:00:10Z"))).toEqual({ ok: false, reason: "INVALID" });
  });

  it("that verified once still fail for another key under the same kid, another audience, a changed token", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const { token } = signAccessToken({ userId: "u", sessionId: "s" }, settings, now);
    expect(verifyAccessToken(token, settings, now).ok).toBe(true);
    expect(verifyAccessToken(token, { ...settings, audience: "b" }, now)).toEqual({ ok: false, reason: "INVALID" });
    expect(verifyAccessToken(token, { ...settings, keys: otherRing }, now)).toEqual({ ok: false, reason: "INVALID" });
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "admin" })).toString("base64url");
    expect(verifyAccessToken(`${header}.${forged}.${signature}`, settings, now)).toEqual({ ok: false, reason: "INVALID" });
    expect(verifyAccessToken(token, settings, now).ok).toBe(true);
  });

  it("name their kid; an unknown kid says so (the key set may be reread), a retired key stops at notAfter", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const { token } = signAccessToken({ userId: "u", sessionId: "s" }, settings, now);
    const second = ecKey("k2");
    const rotated = { signing: second.signing, verifying: new Map([["k2", second.verifying]]) };
    expect(verifyAccessToken(token, { ...settings, keys: rotated }, now)).toEqual({ ok: false, reason: "INVALID", unknownKid: true });
    const retired = { kid: "k1", algorithm: "ES256" as const, key: first.verifying.key, notAfter: now.getTime() + 1000 };
    const withRetired = {
      ...settings,
      keys: {
        signing: second.signing,
        verifying: new Map([
          ["k1", retired],
          ["k2", second.verifying],
        ]),
      },
    };
    expect(verifyAccessToken(token, withRetired, now).ok).toBe(true);
    expect(verifyAccessToken(token, withRetired, new Date(now.getTime() + 1000))).toEqual({ ok: false, reason: "INVALID" });
  });

  it("sign and verify with EdDSA, RS256 and, for compatibility, HS256 from a shared secret", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    for (const [algorithm, pair] of [
      ["EdDSA", generateKeyPairSync("ed25519")],
      ["RS256", generateKeyPairSync("rsa", { modulusLength: 2048 })],
    ] as const) {
      const keys = { signing: { kid: "k", algorithm, key: pair.privateKey }, verifying: new Map([["k", { kid: "k", algorithm, key: pair.publicKey }]]) };
      const { token } = signAccessToken({ userId: "u", sessionId: "s" }, { ...settings, keys }, now);
      expect(JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()).alg).toBe(algorithm);
      expect(verifyAccessToken(token, { ...settings, keys }, now).ok).toBe(true);
    }
    const shared = { ...settings, keys: sharedSecretRing("s".repeat(43)) };
    const { token } = signAccessToken({ userId: "u", sessionId: "s" }, shared, now);
    expect(verifyAccessToken(token, shared, now).ok).toBe(true);
    expect(verifyAccessToken(token, { ...settings, keys: sharedSecretRing("t".repeat(43)) }, now).ok).toBe(false);
  });
});

describe("roles", () => {
  it("order USER < ADMIN < SUPER_ADMIN", () => {
    expect(hasRoleAtLeast("SUPER_ADMIN", "ADMIN")).toBe(true);
    expect(hasRoleAtLeast("ADMIN", "ADMIN")).toBe(true);
    expect(hasRoleAtLeast("ADMIN", "SUPER_ADMIN")).toBe(false);
    expect(hasRoleAtLeast("USER", "ADMIN")).toBe(false);
  });
});

describe("validation rules", () => {
  it("normalise email and check usernames", () => {
    expect(emailRule.parse("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(usernameRule.safeParse("a_1").success).toBe(true);
    expect(usernameRule.safeParse("1abc").success).toBe(false);
    expect(passwordDiffersFromIdentity("Ada_Lovelace", "ada_lovelace", "x@y.z")).toBe(false);
  });

  it("throw BAD_USER_INPUT with one message per field", () => {
    try {
      parseInput(z.object({ email: emailRule, username: usernameRule }), { email: "nope", username: "x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("BAD_USER_INPUT");
      expect(Object.keys((error as AppError).extensions.fields as object).sort()).toEqual(["email", "username"]);
    }
  });
});
