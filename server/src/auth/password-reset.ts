// Password reset by emailed link: issuing (with a per-address limit) and redeeming the token.
import { z } from "zod";
import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { hashToken, randomToken } from "../lib/crypto-tokens.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { hashPassword } from "../lib/password.ts";
import { emailRule, parseInput, passwordDiffersFromIdentity, passwordRule } from "../lib/validation.ts";
import type { MailMessage } from "../mail/mailer.ts";
import { passwordResetMail, securityNoticeMail } from "../mail/templates.ts";

const RESET_TOKEN_TTL_MS = 60 * 60_000;
const RESET_MAILS_PER_HOUR = 5;
const HOUR_MS = 60 * 60_000;

/** A new reset link for `user`: the token's hash to store and the mail that carries the token. */
function resetLink(deps: Deps, user: User): { tokenHash: string; mail: MailMessage } {
  const token = randomToken();
  const url = `${deps.config.webOrigin}/reset-password?token=${encodeURIComponent(token)}`;
  return { tokenHash: hashToken(token), mail: passwordResetMail(user.email, url, RESET_TOKEN_TTL_MS / 60_000) };
}

/**
 * Issue a reset token for `user` and mail the link, at most 5 per address per hour (beyond
 * that nothing is sent). A new token invalidates every earlier one of the user.
 */
export async function sendPasswordReset(deps: Deps, user: User, meta: RequestMeta): Promise<void> {
  await writeResetToken(deps, user, resetLink(deps, user), meta, deps.clock.now());
}

/** Count, invalidate, insert and queue the mail in one transaction, so two parallel requests cannot both slip under the limit. */
async function writeResetToken(deps: Deps, user: User, { tokenHash, mail }: ReturnType<typeof resetLink>, meta: RequestMeta, now: Date): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const recent = await tx.resetTokens.countSince(user.id, new Date(now.getTime() - HOUR_MS));
    if (recent >= RESET_MAILS_PER_HOUR) return;
    await tx.resetTokens.revokeAll(user.id, now);
    await tx.resetTokens.create({ userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS), createdAt: now });
    await tx.audit.record({ action: "auth.password_reset_requested", actor: user, target: user, ip: meta.ip }, now);
    await deps.mailer.send(mail, tx);
  });
}

/**
 * Always succeeds for the caller; whether a mail went out is not observable, in the answer or
 * its timing: any address gets its answer after the same limit and lookup, and a known one's
 * token, audit event and mail are written after that answer (in the request, those writes made
 * a known address's answer ~4 ms slower than an unknown one's).
 */
export async function requestPasswordReset(deps: Deps, rawEmail: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  // per IP, whatever the address: refusing tells nothing about any account
  await deps.limits.hit([["request_reset.ip", meta.network]], now);
  const parsed = emailRule.safeParse(rawEmail);
  const user = parsed.success ? await deps.store.users.byEmail(parsed.data) : null;
  if (!user || user.disabled) return;
  deps.background.run("password reset request", () => writeResetToken(deps, user, resetLink(deps, user), meta, now));
}

const resetInput = z.object({ token: z.string().max(200), newPassword: passwordRule });

/**
 * Set a new password from a reset link. A bad, expired or used token is INVALID_TOKEN; a
 * rejected password does not use the token up. Success ends every session of the user.
 */
export async function resetPassword(deps: Deps, rawToken: string, rawPassword: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  // a place for the hash first: a busy server refuses before the attempt counts
  using turn = deps.hashing.reserve();
  // every attempt counts, aliased ones included: guessing tokens is hopeless, but not free
  await deps.limits.hit([["reset_password.ip", meta.network]], now);
  const row = await deps.store.resetTokens.byHash(hashToken(rawToken));
  // a disabled account cannot be reset, even by a link sent before the disable
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) throw new AppError("INVALID_TOKEN");
  const { newPassword } = parseInput(resetInput, { token: rawToken, newPassword: rawPassword });
  const { user } = row;
  if (!passwordDiffersFromIdentity(newPassword, user.username, user.email)) {
    throw badInput({ newPassword: "The password must differ from the username and email." });
  }
  const passwordHash = await turn.run(() => hashPassword(newPassword));

  await deps.store.transaction(async (tx) => {
    // compare-and-set: of two parallel redemptions of one link only one wins
    if (!(await tx.resetTokens.claim(row.id, now))) throw new AppError("INVALID_TOKEN");
    await tx.resetTokens.revokeAll(user.id, now);
    await tx.users.update(user.id, { passwordHash });
    await tx.sessions.revoke({ userId: user.id }, "password-reset", now);
    await tx.audit.record({ action: "auth.password_reset_completed", actor: user, target: user, ip: meta.ip }, now);
    await deps.mailer.send(securityNoticeMail(user.email, "The password of your account was reset"), tx);
  });
}
