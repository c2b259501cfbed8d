import type { Deps } from "../deps.ts";
import type { Store } from "../db/store.ts";
import type { OtpPurpose, User } from "../db/types.ts";
import { generateOtp, hashOtp } from "../lib/crypto-tokens.ts";
import { otpMail } from "../mail/templates.ts";

const OTP_TTL_MS = 10 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
const OTP_RESEND_SPACING_MS = 60_000;

export const otpKey = (deps: Deps) => `${deps.config.jwtSecret}:otp`;

/**
 * Issue a code for `email` and mail it: at most one every 60 s per user and purpose
 * (a request inside that spacing sends nothing). A new code replaces any earlier one.
 * Pass `tx` to write the code and its mail inside the caller's transaction.
 * `registrationKeyHash` marks a code as asked for by the registration that set the password.
 */
export async function issueOtp(deps: Deps, user: Pick<User, "id">, purpose: OtpPurpose, email: string, tx: Store = deps.store, registrationKeyHash: string | null = null) {
  const now = deps.clock.now();
  const latest = await tx.otps.latestOf(user.id, purpose);
  if (latest && !latest.usedAt && now.getTime() - latest.createdAt.getTime() < OTP_RESEND_SPACING_MS && latest.email === email) {
    return { expiresAt: latest.expiresAt };
  }
  const code = generateOtp();
  const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
  await tx.otps.replace({ userId: user.id, purpose, email, codeHash: hashOtp(otpKey(deps), email, code), registrationKeyHash, expiresAt, createdAt: now });
  await deps.mailer.send(otpMail(email, code, OTP_TTL_MS / 60_000, purpose), tx);
  return { expiresAt };
}
