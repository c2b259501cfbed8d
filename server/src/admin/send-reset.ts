import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { sendPasswordReset } from "../auth/password-reset.ts";
import { AppError } from "../lib/errors.ts";
import { assertWithinReach, findTarget } from "./user-guards.ts";

/** An admin starts a password reset for a user: the user gets the link; the admin never sets a password. */
export async function adminSendPasswordReset(deps: Deps, actor: User, id: string, meta: RequestMeta): Promise<void> {
  const target = await findTarget(deps.store, id);
  assertWithinReach(actor, target);
  // a disabled account cannot be reset: re-enable it first
  if (target.disabled) throw new AppError("ACCOUNT_DISABLED");
  await sendPasswordReset(deps, target, meta);
  await deps.store.audit.record({ action: "admin.send_reset", actor, target, ip: meta.ip }, deps.clock.now());
}
