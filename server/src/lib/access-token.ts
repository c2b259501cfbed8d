import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";

// Access tokens: HS256 pinned, iss/aud/typ checked, short-lived. They name their session
// (sid) so that they die with it.
const ALGORITHM = "HS256";
const TYPE = "at+jwt";

export interface AccessTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

// jsonwebtoken turns a string secret into a KeyObject on every call, first trying it as a
// PEM public key (an exception each time): that was the costliest step of an authenticated
// request. The key is made once per secret instead; what is checked does not change.
//
// Verifying (HMAC, base64, JSON, claim checks) was then the costliest step left, and a client
// sends the same token for up to its whole life. A token that verified is remembered, per
// secret, issuer and audience, with its claims and expiry: the same string is the same token.
// Only the signature work is saved: expiry is checked on every use, and so is the session
// behind the token.
const VERIFIED_PER_SECRET = 10_000;

interface Verified {
  claims: AccessClaims;
  exp: number;
}

const bySettings = new Map<string, { key: KeyObject; verified: Map<string, Verified> }>();
function forSettings(settings: AccessTokenSettings) {
  const id = `${settings.secret}\0${settings.issuer}\0${settings.audience}`;
  let entry = bySettings.get(id);
  if (!entry) {
    if (bySettings.size >= 16) bySettings.clear(); // a server has one secret; tests make a few
    entry = { key: createSecretKey(Buffer.from(settings.secret)), verified: new Map() };
    bySettings.set(id, entry);
  }
  return entry;
}

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export function signAccessToken(claims: AccessClaims, settings: AccessTokenSettings, now: Date) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + settings.ttlSeconds;
  const token = jwt.sign({ sid: claims.sessionId, iat, exp }, forSettings(settings).key, {
    algorithm: ALGORITHM,
    header: { alg: ALGORITHM, typ: TYPE },
    subject: claims.userId,
    issuer: settings.issuer,
    audience: settings.audience,
  });
  return { token, expiresAt: new Date(exp * 1000) };
}

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: "EXPIRED" | "INVALID" };

export function verifyAccessToken(token: string, settings: AccessTokenSettings, now: Date): VerifyResult {
  const clockTimestamp = Math.floor(now.getTime() / 1000);
  const { key, verified } = forSettings(settings);
  const known = verified.get(token);
  if (known) return clockTimestamp < known.exp ? { ok: true, claims: known.claims } : { ok: false, reason: "EXPIRED" };
  try {
    const decoded = jwt.verify(token, key, {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTimestamp,
      complete: true,
    });
    const payload = decoded.payload as jwt.JwtPayload;
    if (decoded.header.typ !== TYPE || typeof payload.sub !== "string" || typeof payload.sid !== "string" || typeof payload.exp !== "number") {
      return { ok: false, reason: "INVALID" };
    }
    const claims = { userId: payload.sub, sessionId: payload.sid };
    if (verified.size >= VERIFIED_PER_SECRET) verified.delete(verified.keys().next().value!); // the oldest
    verified.set(token, { claims, exp: payload.exp });
    return { ok: true, claims };
  } catch (error) {
    return { ok: false, reason: error instanceof jwt.TokenExpiredError ? "EXPIRED" : "INVALID" };
  }
}
