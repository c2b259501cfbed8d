import type { Deps } from "../deps.ts";
import type { User } from "../db/types.ts";
import { verifyAccessToken } from "../lib/access-token.ts";
import { unauthenticated } from "../lib/errors.ts";
import { accessTokenSettings, signingKeysOf } from "../keys/signing-keys.ts";

export interface Viewer {
  user: User;
  sessionId: string;
}

/**
 * Who an access token speaks for. The token must verify and its session must still be live,
 * so a token dies with its session; the user (role, disabled) is read fresh every time.
 * Which key verifies it is named by its kid in this instance's key set (keys/signing-keys.ts).
 */
export async function authenticateAccessToken(deps: Deps, token: string): Promise<Viewer> {
  const now = deps.clock.now();
  let result = verifyAccessToken(token, await accessTokenSettings(deps, now), now);
  // a kid we do not hold may be a key another instance just made: reread the set (bounded) once
  if (!result.ok && result.unknownKid && (await signingKeysOf(deps).reloadForUnknownKid(now))) {
    result = verifyAccessToken(token, await accessTokenSettings(deps, now), now);
  }
  if (!result.ok) throw unauthenticated(result.reason);
  const session = await deps.store.sessions.withUser(result.claims.sessionId);
  if (!session || session.userId !== result.claims.userId || session.revokedAt || session.expiresAt <= now) {
    throw unauthenticated("INVALID");
  }
  return { user: session.user, sessionId: session.id };
}
