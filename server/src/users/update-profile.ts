import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import type { Viewer } from "../auth/authenticate.ts";
import { issueOtp } from "../auth/otp.ts";
import { findTaken } from "../auth/register.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { hashPassword } from "../lib/password.ts";
import { checkCurrentPassword, checkMfaCode } from "../auth/reauthenticate.ts";
import { parseInput, passwordDiffersFromIdentity } from "../lib/validation.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { fullProfileInput, partialProfileInput, type ProfileChange, type ProfileInput } from "./profile-input.ts";

type Mode = "partial" | "full";

/** What actually differs from the stored user; `undefined` means "leave as is". */
function diffProfile(user: User, input: ProfileChange) {
  const changed = <K extends "username" | "name" | "bio">(key: K) => (input[key] !== undefined && input[key] !== user[key] ? input[key] : undefined);
  return {
    username: changed("username"),
    name: changed("name"),
    bio: changed("bio"),
    email: input.email !== undefined && input.email !== user.email ? input.email : undefined,
    password: input.password ?? undefined,
  };
}

/**
 * Edit the viewer's profile. A new email only becomes `pendingEmail` and gets a code; a new
 * password ends every other session and sends a notice to the account's address.
 */
export async function updateProfile(deps: Deps, viewer: Viewer, raw: ProfileInput, mode: Mode, meta: RequestMeta): Promise<User> {
  const input = parseInput(mode === "full" ? fullProfileInput : partialProfileInput, raw);
  const user = viewer.user;
  const change = diffProfile(user, input);
  const username = change.username ?? user.username;
  // against the current address and the coming one: either may be the login identifier
  const emails = [user.email, change.email ?? user.email];
  if (change.password && !emails.every((email) => passwordDiffersFromIdentity(change.password!, username, email))) {
    throw badInput({ password: "The password must differ from the username and email." });
  }
  // a stolen session alone must not take the account: the password, and a code with MFA on
  if (change.email || change.password) {
    await checkCurrentPassword(deps, user, input.currentPassword, meta);
    await checkMfaCode(deps, user, input.mfaCode, meta);
  }
  const taken = await findTaken(deps, change.username, change.email, user.id);
  if (Object.keys(taken).length) throw new AppError("CONFLICT", { fields: taken });

  const passwordHash = change.password ? await deps.hashing.run(() => hashPassword(change.password!)) : undefined;
  const now = deps.clock.now();
  try {
    return await deps.store.transaction(async (tx) => {
      const updated = await tx.users.update(user.id, {
        ...(change.username !== undefined && { username: change.username }),
        ...(change.name !== undefined && { name: change.name }),
        ...(change.bio !== undefined && { bio: change.bio }),
        ...(change.email !== undefined && { pendingEmail: change.email }),
        ...(passwordHash && { passwordHash }),
      });
      const audit = (action: string, detail?: string) => tx.audit.record({ action, actor: updated, target: updated, ip: meta.ip, detail }, now);
      const profileFields = (["username", "name", "bio"] as const).filter((key) => change[key] !== undefined);
      if (profileFields.length) await audit("user.profile_updated", profileFields.join(", "));
      if (passwordHash) {
        await tx.sessions.revoke({ userId: user.id, exceptId: viewer.sessionId }, "password-changed", now);
        await tx.resetTokens.revokeAll(user.id, now);
        await audit("user.password_changed");
        await deps.mailer.send(securityNoticeMail(user.email, "The password of your account was changed"), tx);
      }
      if (change.email === undefined) return updated;
      await audit("user.email_change_requested", change.email);
      await issueOtp(deps, updated, "CHANGE_EMAIL", change.email, tx);
      return updated;
    });
  } catch (error) {
    // someone took the username between the check and the write
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fields: await findTaken(deps, change.username, change.email, user.id) });
    throw error;
  }
}
