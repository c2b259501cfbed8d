import type { Deps, RequestMeta } from "../deps.ts";
import { emailRule } from "../lib/validation.ts";
import { issueOtp } from "./otp.ts";

/** Send a fresh code to an address waiting for one. Answers nothing about whether it exists. */
export async function resendOtp(deps: Deps, rawEmail: string, meta: RequestMeta): Promise<void> {
  const parsed = emailRule.safeParse(rawEmail);
  deps.limits.hit([["resend_otp.ip", meta.ip], ["resend_otp.email", parsed.data]], deps.clock.now());
  if (!parsed.success) return;
  const email = parsed.data;
  const unverified = await deps.db.user.findFirst({ where: { email, emailVerified: false, disabled: false } });
  if (unverified) return (await issueOtp(deps, unverified, "VERIFY_EMAIL", email)).send();
  const changing = await deps.db.user.findFirst({ where: { pendingEmail: email, disabled: false } });
  if (changing) (await issueOtp(deps, changing, "CHANGE_EMAIL", email)).send();
}
