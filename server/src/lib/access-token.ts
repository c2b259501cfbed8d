import { createHmac, sign, timingSafeEqual, verify, type JsonWebKey, type KeyObject } from "node:crypto";

// Access tokens: JWTs typed at+jwt, signed with the key ring's current key (ES256 by default),
// its `kid` in the header, iss/aud checked, short-lived. They name their session (sid) so that
// they die with it. node:crypto directly: signing and verifying stay synchronous and cheap.
//
// On verify the algorithm is the one of the key the `kid` names, never the token's say: `alg:
// none`, an HS256 token keyed with a public key, or any other algorithm is refused.
const TYPE = "at+jwt";

export type SigningAlgorithm = "ES256" | "EdDSA" | "RS256" | "HS256";

export interface SigningKey {
  kid: string;
  algorithm: SigningAlgorithm;
  key: KeyObject;
}

export interface VerifyingKey extends SigningKey {
  /** the public JWK (kid, alg, use: "sig"); none for a shared HS256 secret, which is never published */
  jwk?: JsonWebKey;
  /** ms since the epoch from which a retired key no longer verifies */
  notAfter?: number;
}

/** One consistent view of the keys: replaced as a whole when the set is reread, never edited. */
export interface KeyRing {
  signing: SigningKey;
  verifying: ReadonlyMap<string, VerifyingKey>;
}

export interface AccessTokenSettings {
  keys: KeyRing;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

interface AccessClaims {
  userId: string;
  sessionId: string;
}

export const keyIsLive = (key: VerifyingKey, nowMs: number) => key.notAfter === undefined || nowMs < key.notAfter;

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");
const P1363 = "ieee-p1363" as const; // JWS's ES256 signature is r || s, not DER

function signatureOf(key: SigningKey, input: Buffer): Buffer {
  switch (key.algorithm) {
    case "HS256":
      return createHmac("sha256", key.key).update(input).digest();
    case "ES256":
      return sign("sha256", input, { key: key.key, dsaEncoding: P1363 });
    case "RS256":
      return sign("sha256", input, key.key);
    case "EdDSA":
      return sign(null, input, key.key);
  }
}

function signatureMatches(key: VerifyingKey, input: Buffer, signature: Buffer): boolean {
  try {
    switch (key.algorithm) {
      case "HS256": {
        const expected = signatureOf(key, input);
        return signature.length === expected.length && timingSafeEqual(signature, expected);
      }
      case "ES256":
        return verify("sha256", input, { key: key.key, dsaEncoding: P1363 }, signature);
      case "RS256":
        return verify("sha256", input, key.key, signature);
      case "EdDSA":
        return verify(null, input, key.key, signature);
    }
  } catch {
    return false;
  }
}

export function signAccessToken(claims: AccessClaims, settings: AccessTokenSettings, now: Date) {
  const { signing } = settings.keys;
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + settings.ttlSeconds;
  const header = b64url(JSON.stringify({ alg: signing.algorithm, typ: TYPE, kid: signing.kid }));
  const payload = b64url(JSON.stringify({ sub: claims.userId, sid: claims.sessionId, iss: settings.issuer, aud: settings.audience, iat, exp }));
  const input = `${header}.${payload}`;
  return { token: `${input}.${b64url(signatureOf(signing, Buffer.from(input)))}`, expiresAt: new Date(exp * 1000) };
}

/** `unknownKid`: the token names a key this ring does not hold; rereading the key set may find it. */
type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: "EXPIRED" | "INVALID"; unknownKid?: true };

// Verifying (signature, base64, JSON, claim checks) is the costliest step of an authenticated
// request, and a client sends the same token for up to its whole life. A token that verified is
// remembered, per issuer and audience, with its claims, expiry and the very key object that
// verified it: a hit counts only while the ring still holds that object under that kid and it
// is live, so a rotated, retired or reloaded-with-other-content key is never taken for another.
// Only the signature work is saved: expiry is checked on every use, and so is the session.
const VERIFIED_PER_AUDIENCE = 10_000;
interface Verified {
  claims: AccessClaims;
  exp: number;
  key: VerifyingKey;
}
const verifiedByAudience = new Map<string, Map<string, Verified>>();
function verifiedFor(settings: AccessTokenSettings) {
  const id = `${settings.issuer}\0${settings.audience}`;
  let verified = verifiedByAudience.get(id);
  if (!verified) {
    if (verifiedByAudience.size >= 16) verifiedByAudience.clear(); // a server has one; tests make a few
    verifiedByAudience.set(id, (verified = new Map()));
  }
  return verified;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const INVALID = { ok: false, reason: "INVALID" } as const;
function parseSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function verifyAccessToken(token: string, settings: AccessTokenSettings, now: Date): VerifyResult {
  const nowMs = now.getTime();
  const clockTimestamp = Math.floor(nowMs / 1000);
  const verified = verifiedFor(settings);
  const known = verified.get(token);
  if (known && settings.keys.verifying.get(known.key.kid) === known.key && keyIsLive(known.key, nowMs)) {
    return clockTimestamp < known.exp ? { ok: true, claims: known.claims } : { ok: false, reason: "EXPIRED" };
  }
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((part) => SEGMENT.test(part))) return INVALID;
  const header = parseSegment(parts[0]);
  if (!header || header.typ !== TYPE || typeof header.kid !== "string" || typeof header.alg !== "string") return INVALID;
  const key = settings.keys.verifying.get(header.kid);
  if (!key) return { ok: false, reason: "INVALID", unknownKid: true };
  if (header.alg !== key.algorithm || !keyIsLive(key, nowMs)) return INVALID;
  if (!signatureMatches(key, Buffer.from(`${parts[0]}.${parts[1]}`), Buffer.from(parts[2], "base64url"))) return INVALID;
  const payload = parseSegment(parts[1]);
  const { sub, sid, iss, aud, exp, nbf } = payload ?? {};
  const audienceOk = aud === settings.audience || (Array.isArray(aud) && aud.includes(settings.audience));
  if (iss !== settings.issuer || !audienceOk || typeof sub !== "string" || typeof sid !== "string" || typeof exp !== "number") return INVALID;
  if (typeof nbf === "number" && clockTimestamp < nbf) return INVALID;
  if (clockTimestamp >= exp) return { ok: false, reason: "EXPIRED" };
  const claims = { userId: sub, sessionId: sid };
  if (verified.size >= VERIFIED_PER_AUDIENCE) verified.delete(verified.keys().next().value!); // the oldest
  verified.set(token, { claims, exp, key });
  return { ok: true, claims };
}
