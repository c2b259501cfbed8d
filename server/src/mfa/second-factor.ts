import type { Deps } from "../deps.ts";
import type { User } from "../generated/prisma/client.ts";
import { hashRecoveryCode, isRecoveryCodeShape } from "./recovery-codes.ts";
import { openSecret } from "./secret-box.ts";
import { matchTotp } from "./totp.ts";

export type SecondFactor = { method: "TOTP" } | { method: "RECOVERY_CODE"; left: number };

type Tx = Pick<Deps["db"], "user" | "recoveryCode">;

/**
 * Check and use up a second factor of a user with MFA on: a TOTP code (its time step, once) or
 * an unused recovery code. Both are compare-and-set writes, so two requests with one code
 * cannot both pass. Null when the code is wrong, used or the user has no MFA.
 */
export async function consumeSecondFactor(deps: Deps, user: User, rawCode: string, tx: Tx = deps.db): Promise<SecondFactor | null> {
  const code = rawCode.trim();
  if (!user.mfaEnabled || !user.totpSecret || code.length > 64) return null;
  if (isRecoveryCodeShape(code)) {
    const used = await tx.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(deps.config.jwtSecret, code), usedAt: null },
      data: { usedAt: deps.clock.now() },
    });
    if (used.count === 0) return null;
    return { method: "RECOVERY_CODE", left: await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } }) };
  }
  const step = matchTotp(openSecret(deps, user.id, user.totpSecret), code, deps.clock.now(), user.totpLastStep);
  if (step === null) return null;
  const claimed = await tx.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? { method: "TOTP" } : null;
}
