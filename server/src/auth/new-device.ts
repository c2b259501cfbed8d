import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { addressNetwork, canonicalIp } from "../lib/client-address.ts";
import { newSignInMail } from "../mail/templates.ts";
import { signIn, type SignIn } from "./sessions.ts";

/**
 * Has this account signed in before with this user agent from this network (the address, or
 * its IPv6 /64)? Asked before the new session is written, so it does not find itself.
 */
async function isKnownDevice(deps: Deps, userId: string, meta: RequestMeta): Promise<boolean> {
  const addresses = await deps.store.sessions.addressesOf(userId, meta.userAgent?.slice(0, 512) ?? null);
  return addresses.some((ip) => addressNetwork(canonicalIp(ip ?? undefined)) === meta.network);
}

/** "A new sign-in to your account": device, address, time and where to end the session. */
function mailNewSignIn(deps: Deps, user: User, meta: RequestMeta): Promise<void> {
  const sessionsUrl = `${deps.config.webOrigin}/sessions`;
  return deps.mailer.send(
    newSignInMail(user.email, { userAgent: meta.userAgent?.slice(0, 200) ?? "an unknown device", ip: meta.ip ?? "an unknown address", at: deps.clock.now(), sessionsUrl }),
  );
}

/** Sign in (see sessions.ts signIn), mailing a notice when the device and network are new to the account. */
export async function signInNoticingNewDevice(deps: Deps, user: User, meta: RequestMeta, how: string): Promise<SignIn> {
  const known = await isKnownDevice(deps, user.id, meta);
  const session = await signIn(deps, user, meta, how);
  if (!known) await mailNewSignIn(deps, user, meta);
  return session;
}
