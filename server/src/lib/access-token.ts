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
const keys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 16) keys.clear(); // a server has one secret; tests make a few
    key = createSecretKey(Buffer.from(secret));
    keys.set(secret, key);
  }
  return key;
}

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export function signAccessToken(claims: AccessClaims, settings: AccessTokenSettings, now: Date) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + settings.ttlSeconds;
  const token = jwt.sign({ sid: claims.sessionId, iat, exp }, secretKey(settings.secret), {
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
  try {
    const decoded = jwt.verify(token, secretKey(settings.secret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTimestamp: Math.floor(now.getTime() / 1000),
      complete: true,
    });
    const payload = decoded.payload as jwt.JwtPayload;
    if (decoded.header.typ !== TYPE || typeof payload.sub !== "string" || typeof payload.sid !== "string") {
      return { ok: false, reason: "INVALID" };
    }
    return { ok: true, claims: { userId: payload.sub, sessionId: payload.sid } };
  } catch (error) {
    return { ok: false, reason: error instanceof jwt.TokenExpiredError ? "EXPIRED" : "INVALID" };
  }
}
