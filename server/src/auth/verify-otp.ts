import type { Deps, RequestMeta } from "../deps.ts";
import { hashOtp, randomToken, safeEqual } from "../lib/crypto-tokens.ts";
import { AppError } from "../lib/errors.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { emailRule } from "../lib/validation.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { OTP_MAX_ATTEMPTS, otpKey } from "./otp.ts";
import { sendPasswordReset } from "./password-reset.ts";
import { signIn } from "./sessions.ts";

const invalidOtp = (attemptsLeft?: number) => new AppError("INVALID_OTP", attemptsLeft ? { attemptsLeft } : {});

// Not an argon2 hash: no password verifies against it.
const unusablePasswordHash = () => `!dropped:${randomToken()}`;

/**
 * Check a code sent to `email`: it verifies a new account's address (and signs it in), or
 * confirms a pending email change of the signed-in `viewerId` (the code alone signs in
 * nobody). Wrong, expired and used-up codes all answer INVALID_OTP; five wrong tries burn it.
 *
 * A new account's password survives only a verification its own registration started (the
 * code it mailed, or a resend with its key): otherwise whoever registered the address first
 * could know the password of the verified account. The owner then gets a reset link.
 */
export async function verifyOtp(deps: Deps, rawEmail: string, code: string, meta: RequestMeta, viewerId?: string) {
  const parsed = emailRule.safeParse(rawEmail);
  if (!parsed.success) throw invalidOtp();
  const email = parsed.data;
  const now = deps.clock.now();
  await deps.limits.hit(
    [
      ["verify_otp.ip", meta.network],
      ["verify_otp.email", email],
    ],
    now,
  );

  const otp = await deps.store.otps.latestUnusedFor(email);
  const user = otp?.user;
  const stillMeant = otp && (otp.purpose === "VERIFY_EMAIL" ? user!.email === email && !user!.emailVerified : user!.pendingEmail === email && viewerId === user!.id);
  if (!/^\d{6}$/.test(code.trim()) || !otp || !stillMeant || otp.expiresAt <= now || otp.attempts >= OTP_MAX_ATTEMPTS) throw invalidOtp();
  if (user!.disabled) throw new AppError("ACCOUNT_DISABLED");

  // The try is counted before the code is compared: parallel tries (on any instance) that all
  // read the code with tries left cannot add up to more than five comparisons.
  const tries = await deps.store.otps.takeTry(otp.id, OTP_MAX_ATTEMPTS);
  if (tries === null) throw invalidOtp();
  if (!safeEqual(otp.codeHash, hashOtp(otpKey(deps), email, code.trim()))) throw invalidOtp(OTP_MAX_ATTEMPTS - tries);

  const dropPassword = otp.purpose === "VERIFY_EMAIL" && !otp.registrationKeyHash;
  try {
    const verified = await deps.store.transaction(async (tx) => {
      if (!(await tx.otps.claim(otp.id, now))) throw invalidOtp();
      if (otp.purpose === "CHANGE_EMAIL") {
        // links mailed to the old address must not outlive it
        await tx.resetTokens.revokeAll(user!.id, now);
        await deps.mailer.send(securityNoticeMail(user!.email, `The email of your account was changed to ${email}`), tx);
        return tx.users.update(user!.id, { email, pendingEmail: null, emailVerified: true });
      }
      if (dropPassword) await tx.audit.record({ action: "auth.registration_password_dropped", target: user!, ip: meta.ip }, now);
      return tx.users.update(user!.id, { emailVerified: true, ...(dropPassword && { passwordHash: unusablePasswordHash() }) });
    });
    if (otp.purpose === "CHANGE_EMAIL") return signIn(deps, verified, meta, "email-change-confirmed");
    if (dropPassword) await sendPasswordReset(deps, verified, meta);
    return signIn(deps, verified, meta, "email-verified");
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fields: { email: "That email is already registered." } });
    throw error;
  }
}
