import type { Deps, RequestMeta } from "../deps.ts";
import { AppError } from "../lib/errors.ts";
import { hashPassword, passwordNeedsRehash, verifyDummyPassword, verifyPassword } from "../lib/password.ts";
import { requireSecondFactor } from "../mfa/challenge.ts";
import { signInNoticingNewDevice } from "./new-device.ts";

/** Find an account by email (anything with an @) or by username, without regard to case. */
export function findByIdentifier(deps: Deps, identifier: string) {
  const key = identifier.trim().toLowerCase();
  return deps.store.users.byKey(key.includes("@") ? "email" : "usernameKey", key);
}

/** Check a password and open a session. Unknown accounts cost the same argon2 work and get the same error. */
export async function login(deps: Deps, identifier: string, password: string, meta: RequestMeta) {
  const user = identifier.length <= 254 && password.length <= 128 ? await findByIdentifier(deps, identifier) : null;
  const account = user?.id ?? identifier.trim().toLowerCase();
  // a place for the hash first: a busy server refuses before the attempt counts
  using turn = deps.hashing.reserve();
  await deps.limits.hit(
    [
      ["login.ip", meta.network],
      ["login.account_ip", `${account}|${meta.network}`],
      ["login.account", account],
    ],
    deps.clock.now(),
  );
  const ok = await turn.run(() => (user ? verifyPassword(user.passwordHash, password) : verifyDummyPassword(password)));
  if (!user || !ok) {
    await deps.store.audit.record({ action: "auth.sign_in_failed", target: user, ip: meta.ip, detail: user ? "wrong password" : "unknown identifier" }, deps.clock.now());
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.disabled) throw new AppError("ACCOUNT_DISABLED");
  if (!user.emailVerified) throw new AppError("EMAIL_NOT_VERIFIED");
  if (passwordNeedsRehash(user.passwordHash)) {
    await deps.store.users.update(user.id, { passwordHash: await deps.hashing.run(() => hashPassword(password)) });
  }
  // the password alone does not sign in an account with a second factor
  if (user.mfaEnabled) return requireSecondFactor(deps, user);
  await deps.limits.reset("login.account_ip", `${account}|${meta.network}`);
  return signInNoticingNewDevice(deps, user, meta, "password");
}
