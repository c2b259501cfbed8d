import type { Deps } from "../deps.ts";
import type { User } from "../db/types.ts";
import { hashRecoveryCode, isRecoveryCodeShape } from "./recovery-codes.ts";
import { openSecret } from "./secret-box.ts";
import { matchTotp } from "./totp.ts";

export type SecondFactor = { method: "TOTP" } | { method: "RECOVERY_CODE"; left: number };

/**
 * Check and use up a second factor of a user with MFA on: a TOTP code (its time step, once) or
 * an unused recovery code. Both are compare-and-set writes, so two requests with one code
 * cannot both pass. Null when the code is wrong, used or the user has no MFA.
 */
export async function consumeSecondFactor(deps: Deps, user: User, rawCode: string): Promise<SecondFactor | null> {
  const code = rawCode.trim();
  if (!user.mfaEnabled || !user.totpSecret || code.length > 64) return null;
  if (isRecoveryCodeShape(code)) {
    if (!(await deps.store.mfa.claimRecoveryCode(user.id, hashRecoveryCode(deps.config.jwtSecret, code), deps.clock.now()))) return null;
    return { method: "RECOVERY_CODE", left: await deps.store.mfa.recoveryCodesLeft(user.id) };
  }
  const step = matchTotp(openSecret(deps, user.id, user.totpSecret), code, deps.clock.now(), user.totpLastStep);
  if (step === null) return null;
  return (await deps.store.users.claimTotpStep(user.id, step)) ? { method: "TOTP" } : null;
}
