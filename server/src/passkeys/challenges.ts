import type { Deps } from "../deps.ts";
import type { PasskeyChallengePurpose } from "../db/types.ts";
import { hashToken } from "../lib/crypto-tokens.ts";

export const CHALLENGE_TTL_MS = 5 * 60_000;

/**
 * Keep a challenge (as its SHA-256 only) for 5 minutes. Challenges that have expired are
 * swept on the way: every page that offers a passkey sign-in makes one, and most are never
 * answered.
 */
export async function storeChallenge(deps: Deps, purpose: PasskeyChallengePurpose, userId: string | null, challenge: string): Promise<string> {
  const now = deps.clock.now();
  return deps.store.passkeys.openChallenge({ purpose, userId, challengeHash: hashToken(challenge), expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS), createdAt: now });
}

/**
 * Use up a live challenge: a compare-and-set, so of two requests answering one challenge only
 * one gets on, and a failed attempt burns it too (no second try against the same challenge).
 */
export async function claimChallenge(
  deps: Deps,
  where: { purpose: PasskeyChallengePurpose } & ({ id: string } | { challenge: string; userId: string }),
): Promise<{ userId: string | null; challengeHash: string } | null> {
  const now = deps.clock.now();
  const key = "id" in where ? { id: where.id } : { challengeHash: hashToken(where.challenge), userId: where.userId };
  if ("id" in where && where.id.length > 64) return null;
  const row = await deps.store.passkeys.findChallenge(where.purpose, key);
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return (await deps.store.passkeys.claimChallenge(row.id, now)) ? { userId: row.userId, challengeHash: row.challengeHash } : null;
}
