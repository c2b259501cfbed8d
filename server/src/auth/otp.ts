import type { Deps } from "../deps.ts";
import type { OtpPurpose, User } from "../generated/prisma/client.ts";
import { generateOtp, hashOtp } from "../lib/crypto-tokens.ts";
import { otpMail } from "../mail/templates.ts";

export const OTP_TTL_MS = 10 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_SPACING_MS = 60_000;

type Tx = Pick<Deps["db"], "otp">;

export const otpKey = (deps: Deps) => `${deps.config.jwtSecret}:otp`;

/**
 * Issue a code for `email` and mail it: at most one every 60 s per user and purpose
 * (a request inside that spacing sends nothing). A new code replaces any earlier one.
 * Pass `tx` to write inside the caller's transaction; the mail then goes out via the returned `send`.
 * `registrationKeyHash` marks a code as asked for by the registration that set the password.
 */
export async function issueOtp(deps: Deps, user: Pick<User, "id">, purpose: OtpPurpose, email: string, tx: Tx = deps.db, registrationKeyHash: string | null = null) {
  const now = deps.clock.now();
  const latest = await tx.otp.findFirst({ where: { userId: user.id, purpose }, orderBy: { createdAt: "desc" } });
  if (latest && !latest.usedAt && now.getTime() - latest.createdAt.getTime() < OTP_RESEND_SPACING_MS && latest.email === email) {
    return { expiresAt: latest.expiresAt, send: () => {} };
  }
  const code = generateOtp();
  const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
  await tx.otp.updateMany({ where: { userId: user.id, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.otp.create({ data: { userId: user.id, purpose, email, codeHash: hashOtp(otpKey(deps), email, code), registrationKeyHash, expiresAt, createdAt: now } });
  return { expiresAt, send: () => deps.mailer.send(otpMail(email, code, OTP_TTL_MS / 60_000, purpose)) };
}
