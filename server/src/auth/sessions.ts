import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { signAccessToken } from "../lib/access-token.ts";
import { accessTokenSettings } from "../keys/signing-keys.ts";
import { hashToken, hmac, randomToken, safeEqual } from "../lib/crypto-tokens.ts";
import { AppError } from "../lib/errors.ts";

/** Within this window a rotated refresh token, presented again by the same user agent, still gets the session's tokens. */
const REFRESH_GRACE_MS = 10_000;

export interface SignIn {
  user: User;
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

// A successor is derived from its predecessor with a server key, so that a token replayed
// within the grace window can be answered with the very token that replaced it (one live
// token per session, whichever tab's cookie write lands last) without storing any token.
const deriveSuccessor = (deps: Deps, token: string) => hmac(`${deps.config.jwtSecret}:refresh-rotation`, token);

async function issueTokens(deps: Deps, user: User, sessionId: string, refreshToken: string, refreshTokenExpiresAt: Date): Promise<SignIn> {
  const now = deps.clock.now();
  // signed with this instance's current key (reread now and then, so a rotation reaches it)
  const access = signAccessToken({ userId: user.id, sessionId }, await accessTokenSettings(deps, now), now);
  return { user, sessionId, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt };
}

/** Open a session for a user who just proved who they are; record the sign-in. */
export async function signIn(deps: Deps, user: User, meta: RequestMeta, how: string): Promise<SignIn> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.refreshTokenTtlSeconds * 1000);
  const refreshToken = randomToken();
  const { sessionId, user: signedIn } = await deps.store.sessions.open({
    user,
    userAgent: meta.userAgent?.slice(0, 512),
    ip: meta.ip,
    refreshTokenHash: hashToken(refreshToken),
    how,
    now,
    expiresAt,
  });
  return issueTokens(deps, signedIn, sessionId, refreshToken, expiresAt);
}

/** Trade a refresh token for new tokens, rotating it; a replayed rotated token revokes its session. */
export async function rotateRefreshToken(deps: Deps, token: string, meta: RequestMeta): Promise<SignIn> {
  const now = deps.clock.now();
  await deps.limits.hit([["refresh.ip", meta.network]], now);
  const row = await findRefreshToken(deps, token);
  if (!row || row.session.revokedAt || row.session.expiresAt <= now) throw new AppError("INVALID_TOKEN");
  const { session } = row;
  if (session.user.disabled) throw new AppError("ACCOUNT_DISABLED");

  const successor = deriveSuccessor(deps, token);
  const expiresAt = new Date(now.getTime() + deps.config.refreshTokenTtlSeconds * 1000);

  if (!row.rotatedAt) {
    const rotated = await deps.store.transaction(async (tx) => {
      // compare-and-set: of two concurrent rotations of one token only one writes a successor
      if (!(await tx.sessions.claimRotation(row.id, now))) return false;
      await tx.sessions.addRefreshToken(session.id, hashToken(successor), { now, expiresAt, ip: meta.ip ?? session.ip });
      return true;
    });
    if (rotated) return issueTokens(deps, session.user, session.id, successor, expiresAt);
  }

  // The token was already rotated: a parallel tab within the grace window, or a replay.
  const rotatedAt = row.rotatedAt ?? (await deps.store.sessions.rotatedAtOf(row.id));
  const current = await deps.store.sessions.currentRefreshToken(session.id);
  const withinGrace = rotatedAt && now.getTime() - rotatedAt.getTime() <= REFRESH_GRACE_MS;
  const sameAgent = (meta.userAgent ?? "") === (session.userAgent ?? "");
  if (withinGrace && sameAgent && current && safeEqual(current.tokenHash, hashToken(successor))) {
    return issueTokens(deps, session.user, session.id, successor, session.expiresAt);
  }

  await deps.store.sessions.revoke({ id: session.id }, "refresh-token-reuse", now);
  await deps.store.audit.record({ action: "auth.refresh_reuse", actor: null, target: session.user, ip: meta.ip, detail: `session ${session.id}` }, now);
  deps.log.warn({ event: "refresh_reuse", sessionId: session.id, userId: session.userId }, "rotated refresh token reused; session revoked");
  throw new AppError("INVALID_TOKEN");
}

/** The user's live sessions, newest use first. */
export const listSessions = (deps: Deps, userId: string) => deps.store.sessions.liveOf(userId, deps.clock.now());

/** A user ends one of their own sessions; someone else's, or one already ended, is NOT_FOUND. */
export async function revokeOwnSession(deps: Deps, userId: string, sessionId: string): Promise<void> {
  if (!(await deps.store.sessions.unrevokedOf(userId, sessionId))) throw new AppError("NOT_FOUND");
  await deps.store.sessions.revoke({ id: sessionId }, "revoked-by-user", deps.clock.now());
}

/** A refresh token by its value (stored hashed), with its session and user. */
const findRefreshToken = (deps: Deps, token: string) => deps.store.sessions.refreshTokenByHash(hashToken(token));

/** The session a refresh token belongs to, if it is live: for logout by cookie. */
export async function findSessionByRefreshToken(deps: Deps, token: string) {
  const row = await findRefreshToken(deps, token);
  return row && !row.session.revokedAt ? row.session : null;
}
