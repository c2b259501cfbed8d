import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../generated/prisma/client.ts";
import { addressNetwork, canonicalIp } from "../lib/client-address.ts";
import { newSignInMail } from "../mail/templates.ts";

/**
 * Has this account signed in before with this user agent from this network (the address, or
 * its IPv6 /64)? Asked before the new session is written, so it does not find itself.
 */
export async function isKnownDevice(deps: Deps, userId: string, meta: RequestMeta): Promise<boolean> {
  const earlier = await deps.db.session.findMany({
    where: { userId, userAgent: meta.userAgent?.slice(0, 512) ?? null },
    select: { ip: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return earlier.some((session) => addressNetwork(canonicalIp(session.ip ?? undefined)) === meta.network);
}

/** "A new sign-in to your account": device, address, time and where to end the session. */
export function mailNewSignIn(deps: Deps, user: User, meta: RequestMeta): void {
  const sessionsUrl = `${deps.config.webOrigin}/sessions`;
  deps.mailer.send(newSignInMail(user.email, { userAgent: meta.userAgent?.slice(0, 200) ?? "an unknown device", ip: meta.ip ?? "an unknown address", at: deps.clock.now(), sessionsUrl }));
}
