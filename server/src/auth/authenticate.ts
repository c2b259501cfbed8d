import type { Deps } from "../deps.ts";
import type { User } from "../generated/prisma/client.ts";
import { verifyAccessToken } from "../lib/access-token.ts";
import { unauthenticated } from "../lib/errors.ts";
import { findSessionWithUser } from "../db/find-session.ts";
import { accessTokenSettings } from "./sessions.ts";

export interface Viewer {
  user: User;
  sessionId: string;
}

/**
 * Who an access token speaks for. The token must verify and its session must still be live,
 * so a token dies with its session; the user (role, disabled) is read fresh every time.
 */
export async function authenticateAccessToken(deps: Deps, token: string): Promise<Viewer> {
  const now = deps.clock.now();
  const result = verifyAccessToken(token, accessTokenSettings(deps), now);
  if (!result.ok) throw unauthenticated(result.reason);
  const session = await findSessionWithUser(deps.db, result.claims.sessionId);
  if (!session || session.userId !== result.claims.userId || session.revokedAt || session.expiresAt <= now) {
    throw unauthenticated("INVALID");
  }
  return { user: session.user, sessionId: session.id };
}
