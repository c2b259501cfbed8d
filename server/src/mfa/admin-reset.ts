import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { assertWithinReach, findTarget } from "../admin/user-guards.ts";
import { turnMfaOff } from "./enrolment.ts";

/** A user lost their authenticator and their recovery codes: an admin turns MFA off; the user is told. */
export async function adminResetMfa(deps: Deps, actor: User, id: string, meta: RequestMeta): Promise<User> {
  const target = await findTarget(deps.store, id);
  assertWithinReach(actor, target);
  if (!target.mfaEnabled && !target.totpPendingSecret) return target;
  return turnMfaOff(deps, actor, target, meta, "admin.reset_mfa", "An administrator turned off two-factor sign-in for your account");
}
