// Password reset by emailed link: issuing (with a per-address limit) and redeeming the token.
import { z } from "zod";
import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../generated/prisma/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashToken, randomToken } from "../lib/crypto-tokens.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { hashPassword } from "../lib/password.ts";
import { emailRule, parseInput, passwordDiffersFromIdentity, passwordRule } from "../lib/validation.ts";
import { passwordResetMail, securityNoticeMail } from "../mail/templates.ts";
import { revokeSessions } from "./sessions.ts";

export const RESET_TOKEN_TTL_MS = 60 * 60_000;
export const RESET_MAILS_PER_HOUR = 5;
const HOUR_MS = 60 * 60_000;

// Matches no user: the unknown-address path runs the same queries as the known one, for timing.
const NOBODY = "\u0000nobody";

/**
 * Issue a reset token for `user` and mail the link, at most 5 per address per hour (beyond
 * that nothing is sent). A new token invalidates every earlier one of the user.
 */
export async function sendPasswordReset(deps: Deps, user: User, meta: RequestMeta): Promise<void> {
  const token = randomToken();
  const sent = await writeResetToken(deps, user, hashToken(token), meta);
  if (!sent) return;
  const url = `${deps.config.webOrigin}/reset-password?token=${encodeURIComponent(token)}`;
  deps.mailer.send(passwordResetMail(user.email, url, RESET_TOKEN_TTL_MS / 60_000));
}

/** Kill every outstanding reset link of a user: on a password or email change, a disable, a reset. */
export async function revokeResetTokens(tx: Pick<Deps["db"], "passwordResetToken">, userId: string, now: Date): Promise<void> {
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

/** Count, invalidate and insert in one transaction, so two parallel requests cannot both slip under the limit. */
async function writeResetToken(deps: Deps, user: Pick<User, "id" | "username">, tokenHash: string, meta: RequestMeta): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const recent = await tx.passwordResetToken.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } } });
    if (recent >= RESET_MAILS_PER_HOUR) return false;
    await revokeResetTokens(tx, user.id, now);
    if (user.id === NOBODY) return false;
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS), createdAt: now } });
    await recordAudit(tx, { action: "auth.password_reset_requested", actor: user, target: user, ip: meta.ip }, now);
    return true;
  });
}

/** Always succeeds for the caller; whether a mail went out is not observable, in the answer or its timing. */
export async function requestPasswordReset(deps: Deps, rawEmail: string, meta: RequestMeta): Promise<void> {
  // per IP, whatever the address: refusing tells nothing about any account
  deps.limits.hit([["request_reset.ip", meta.network]], deps.clock.now());
  const parsed = emailRule.safeParse(rawEmail);
  const user = parsed.success ? await deps.db.user.findUnique({ where: { email: parsed.data } }) : null;
  if (user && !user.disabled) return sendPasswordReset(deps, user, meta);
  // the same token work and queries as a real request, writing nothing
  await writeResetToken(deps, { id: NOBODY, username: "" }, hashToken(randomToken()), meta);
}

const resetInput = z.object({ token: z.string().max(200), newPassword: passwordRule });

/**
 * Set a new password from a reset link. A bad, expired or used token is INVALID_TOKEN; a
 * rejected password does not use the token up. Success ends every session of the user.
 */
export async function resetPassword(deps: Deps, rawToken: string, rawPassword: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  // every attempt counts, aliased ones included: guessing tokens is hopeless, but not free
  deps.limits.hit([["reset_password.ip", meta.network]], now);
  const row = await deps.db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(rawToken) }, include: { user: true } });
  // a disabled account cannot be reset, even by a link sent before the disable
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) throw new AppError("INVALID_TOKEN");
  const { newPassword } = parseInput(resetInput, { token: rawToken, newPassword: rawPassword });
  const { user } = row;
  if (!passwordDiffersFromIdentity(newPassword, user.username, user.email)) {
    throw badInput({ newPassword: "The password must differ from the username and email." });
  }
  const passwordHash = await hashPassword(newPassword);

  await deps.db.$transaction(async (tx) => {
    // compare-and-set: of two parallel redemptions of one link only one wins
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError("INVALID_TOKEN");
    await revokeResetTokens(tx, user.id, now);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeSessions(deps, { userId: user.id }, "password-reset", tx);
    await recordAudit(tx, { action: "auth.password_reset_completed", actor: user, target: user, ip: meta.ip }, now);
  });
  deps.mailer.send(securityNoticeMail(user.email, "The password of your account was reset"));
}
