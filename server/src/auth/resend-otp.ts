import type { Deps, RequestMeta } from "../deps.ts";
import { hashToken, safeEqual } from "../lib/crypto-tokens.ts";
import { emailRule } from "../lib/validation.ts";
import { issueOtp } from "./otp.ts";

/**
 * Send a fresh code to an address waiting for one. Answers nothing about whether it exists.
 * A resend for a new account carries the registration's mark only when the caller holds
 * that registration's key (its cookie): anyone else's resend cannot verify the password.
 */
export async function resendOtp(deps: Deps, rawEmail: string, meta: RequestMeta): Promise<void> {
  const parsed = emailRule.safeParse(rawEmail);
  deps.limits.hit([["resend_otp.ip", meta.network], ["resend_otp.email", parsed.data]], deps.clock.now());
  if (!parsed.success) return;
  const email = parsed.data;
  const unverified = await deps.db.user.findFirst({ where: { email, emailVerified: false, disabled: false } });
  if (unverified) {
    const registration = await deps.db.otp.findFirst({ where: { userId: unverified.id, purpose: "VERIFY_EMAIL", registrationKeyHash: { not: null } }, select: { registrationKeyHash: true } });
    const presented = meta.registrationKey ? hashToken(meta.registrationKey) : null;
    const own = presented !== null && registration?.registrationKeyHash != null && safeEqual(presented, registration.registrationKeyHash);
    return (await issueOtp(deps, unverified, "VERIFY_EMAIL", email, deps.db, own ? presented : null)).send();
  }
  const changing = await deps.db.user.findFirst({ where: { pendingEmail: email, disabled: false } });
  if (changing) (await issueOtp(deps, changing, "CHANGE_EMAIL", email)).send();
}
