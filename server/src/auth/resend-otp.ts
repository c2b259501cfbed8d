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
  await deps.limits.hit(
    [
      ["resend_otp.ip", meta.network],
      ["resend_otp.email", parsed.data],
    ],
    deps.clock.now(),
  );
  if (!parsed.success) return;
  const email = parsed.data;
  const unverified = await deps.store.users.unverifiedByEmail(email);
  if (unverified) {
    const registration = await deps.store.otps.registrationKeyHashOf(unverified.id);
    const presented = meta.registrationKey ? hashToken(meta.registrationKey) : null;
    const own = presented !== null && registration !== null && safeEqual(presented, registration);
    return void (await issueOtp(deps, unverified, "VERIFY_EMAIL", email, deps.store, own ? presented : null));
  }
  const changing = await deps.store.users.byPendingEmail(email);
  if (changing) await issueOtp(deps, changing, "CHANGE_EMAIL", email);
}
