import type { Deps, RequestMeta } from "../deps.ts";
import { hashOtp, safeEqual } from "../lib/crypto-tokens.ts";
import { AppError } from "../lib/errors.ts";
import { isUniqueViolation } from "../lib/db-errors.ts";
import { emailRule } from "../lib/validation.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { OTP_MAX_ATTEMPTS, otpKey } from "./otp.ts";
import { signIn } from "./sessions.ts";

const invalidOtp = (attemptsLeft?: number) => new AppError("INVALID_OTP", attemptsLeft ? { attemptsLeft } : {});

/**
 * Check a code sent to `email`: it verifies a new account's address, or confirms a pending
 * email change; either way the user is signed in. Wrong, expired and used-up codes all
 * answer INVALID_OTP; five wrong tries burn the code.
 */
export async function verifyOtp(deps: Deps, rawEmail: string, code: string, meta: RequestMeta) {
  const parsed = emailRule.safeParse(rawEmail);
  if (!parsed.success) throw invalidOtp();
  const email = parsed.data;
  const now = deps.clock.now();
  deps.limits.hit([["verify_otp.ip", meta.ip], ["verify_otp.email", email]], now);

  const otp = await deps.db.otp.findFirst({ where: { email, usedAt: null }, orderBy: { createdAt: "desc" }, include: { user: true } });
  const user = otp?.user;
  const stillMeant = otp && (otp.purpose === "VERIFY_EMAIL" ? user!.email === email && !user!.emailVerified : user!.pendingEmail === email);
  if (!/^\d{6}$/.test(code.trim()) || !otp || !stillMeant || otp.expiresAt <= now || otp.attempts >= OTP_MAX_ATTEMPTS) throw invalidOtp();
  if (user!.disabled) throw new AppError("ACCOUNT_DISABLED");

  if (!safeEqual(otp.codeHash, hashOtp(otpKey(deps), email, code.trim()))) {
    const counted = await deps.db.otp.update({ where: { id: otp.id }, data: { attempts: { increment: 1 } } });
    throw invalidOtp(OTP_MAX_ATTEMPTS - counted.attempts);
  }

  try {
    const verified = await deps.db.$transaction(async (tx) => {
      const claimed = await tx.otp.updateMany({ where: { id: otp.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count === 0) throw invalidOtp();
      return otp.purpose === "VERIFY_EMAIL"
        ? tx.user.update({ where: { id: user!.id }, data: { emailVerified: true } })
        : tx.user.update({ where: { id: user!.id }, data: { email, pendingEmail: null, emailVerified: true } });
    });
    if (otp.purpose === "CHANGE_EMAIL") {
      deps.mailer.send(securityNoticeMail(user!.email, `The email of your account was changed to ${email}`));
      return signIn(deps, verified, meta, "email-change-confirmed");
    }
    return signIn(deps, verified, meta, "email-verified");
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fields: { email: "That email is already registered." } });
    throw error;
  }
}
