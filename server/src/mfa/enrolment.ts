import type { Deps, RequestMeta } from "../deps.ts";
import type { Store } from "../db/store.ts";
import type { User } from "../db/types.ts";
import type { Viewer } from "../auth/authenticate.ts";
import { checkCurrentPassword, checkMfaCode, countGuess } from "../auth/reauthenticate.ts";
import { AppError, badInput } from "../lib/errors.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from "./recovery-codes.ts";
import { openSecret, sealSecret } from "./secret-box.ts";
import { matchTotp, newTotpSecret, totpUri } from "./totp.ts";

const ISSUER = "authkit";

/** Replace every recovery code of a user with ten new ones; only their hashes are kept. */
async function replaceRecoveryCodes(deps: Deps, tx: Store, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.mfa.replaceRecoveryCodes(
    userId,
    codes.map((code) => hashRecoveryCode(deps.config.jwtSecret, code)),
    now,
  );
  return codes;
}

/** Step one: after the password, a new secret waits (encrypted) until a code from the app confirms it. */
export async function startTotpEnrollment(deps: Deps, viewer: Viewer, currentPassword: string, meta: RequestMeta) {
  const { user } = viewer;
  if (user.mfaEnabled) throw badInput({ mfa: "Two-factor sign-in is already on: turn it off first to use another app." });
  await checkCurrentPassword(deps, user, currentPassword, meta);
  const secret = newTotpSecret();
  await deps.store.users.update(user.id, { totpPendingSecret: sealSecret(deps, user.id, secret) });
  const otpauthUrl = totpUri(secret, user.email, ISSUER);
  // made here, not by a remote service: the secret never leaves the server but to its user
  // loaded at the first enrolment, not at start: ~60 modules only this needs
  const { default: QRCode } = await import("qrcode");
  const qrCodeSvg = await QRCode.toString(otpauthUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUrl, qrCodeSvg };
}

/** Step two: a right code from the app turns MFA on and hands out the recovery codes, once. */
export async function confirmTotpEnrollment(deps: Deps, viewer: Viewer, code: string, meta: RequestMeta): Promise<{ codes: string[] }> {
  const { user } = viewer;
  if (user.mfaEnabled || !user.totpPendingSecret) throw badInput({ code: "Start the set-up first." });
  await countGuess(deps, user, meta);
  const step = matchTotp(openSecret(deps, user.id, user.totpPendingSecret), code.trim(), deps.clock.now(), null);
  if (step === null) throw new AppError("INVALID_MFA_CODE");
  const now = deps.clock.now();
  const codes = await deps.store.transaction(async (tx) => {
    const turnedOn = await tx.users.updateIf(
      user.id,
      { mfaEnabled: false, totpPendingSecret: user.totpPendingSecret },
      { mfaEnabled: true, totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step },
    );
    if (!turnedOn) throw badInput({ code: "Start the set-up first." });
    await tx.audit.record({ action: "mfa.enabled", actor: user, target: user, ip: meta.ip }, now);
    await deps.mailer.send(securityNoticeMail(user.email, "Two-factor sign-in was turned on for your account"), tx);
    return replaceRecoveryCodes(deps, tx, user.id, now);
  });
  return { codes };
}

/** New recovery codes for a current TOTP code; the old ones stop working. */
export async function regenerateRecoveryCodes(deps: Deps, viewer: Viewer, code: string, meta: RequestMeta): Promise<{ codes: string[] }> {
  const { user } = viewer;
  if (!user.mfaEnabled) throw badInput({ code: "Two-factor sign-in is off." });
  // the authenticator itself, not a recovery code: those are for when it is lost
  if (isRecoveryCodeShape(code)) throw new AppError("INVALID_MFA_CODE");
  await checkMfaCode(deps, user, code, meta, "code");
  const now = deps.clock.now();
  const codes = await deps.store.transaction(async (tx) => {
    await tx.audit.record({ action: "mfa.recovery_codes_regenerated", actor: user, target: user, ip: meta.ip }, now);
    await deps.mailer.send(securityNoticeMail(user.email, "New recovery codes were made for your account; the old ones no longer work"), tx);
    return replaceRecoveryCodes(deps, tx, user.id, now);
  });
  return { codes };
}

/** Turn MFA off for the password and a code (TOTP or recovery code). */
export async function disableMfa(deps: Deps, viewer: Viewer, currentPassword: string, code: string, meta: RequestMeta): Promise<User> {
  const { user } = viewer;
  if (!user.mfaEnabled) throw badInput({ code: "Two-factor sign-in is already off." });
  await checkCurrentPassword(deps, user, currentPassword, meta);
  await checkMfaCode(deps, user, code, meta, "code");
  return turnMfaOff(deps, user, user, meta, "mfa.disabled", "Two-factor sign-in was turned off for your account");
}

/** Off, with its secret, recovery codes and open challenges gone; audited and mailed. */
export async function turnMfaOff(deps: Deps, actor: User, target: User, meta: RequestMeta, action: string, notice: string): Promise<User> {
  const now = deps.clock.now();
  const updated = await deps.store.transaction(async (tx) => {
    const off = await tx.users.update(target.id, { mfaEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null });
    await tx.mfa.forget(target.id);
    await tx.audit.record({ action, actor, target, ip: meta.ip }, now);
    await deps.mailer.send(securityNoticeMail(target.email, notice), tx);
    return off;
  });
  return updated;
}
