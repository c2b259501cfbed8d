import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { verifyPassword } from "../lib/password.ts";
import { consumeSecondFactor, type SecondFactor } from "../mfa/second-factor.ts";

/**
 * A signed-in user proves it is really them before a sensitive change: a stolen session alone
 * must not take the account. Guesses draw on the same budget as sign-in guesses.
 */
export async function checkCurrentPassword(deps: Deps, user: User, currentPassword: string | null | undefined, meta: RequestMeta, field = "currentPassword") {
  if (!currentPassword) throw badInput({ [field]: "Enter your current password." });
  using turn = deps.hashing.reserve(); // before the guess counts
  await countGuess(deps, user, meta);
  if (!(await turn.run(() => verifyPassword(user.passwordHash, currentPassword)))) throw new AppError("INVALID_CREDENTIALS");
}

/** With MFA on, a current code as well (TOTP or recovery code), used up by this change. */
export async function checkMfaCode(deps: Deps, user: User, code: string | null | undefined, meta: RequestMeta, field = "mfaCode"): Promise<SecondFactor | null> {
  if (!user.mfaEnabled) return null;
  if (!code) throw badInput({ [field]: "Enter a code from your authenticator app." });
  await countGuess(deps, user, meta);
  const factor = await consumeSecondFactor(deps, user, code);
  if (!factor) throw new AppError("INVALID_MFA_CODE");
  return factor;
}

/** One guess at this account's password or second factor, from this client: the sign-in budget. */
export async function countGuess(deps: Deps, user: Pick<User, "id">, meta: RequestMeta) {
  await deps.limits.hit(
    [
      ["login.account_ip", `${user.id}|${meta.network}`],
      ["login.account", user.id],
    ],
    deps.clock.now(),
  );
}
