import { generateSecret, generateURI, verifySync } from "otplib";

// RFC 6238 as authenticator apps speak it: SHA-1, 6 digits, 30 s steps (otplib's defaults).
const PERIOD_SECONDS = 30;

/** 160 random bits, base32: what the user types or scans into an authenticator app. */
export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, account: string, issuer: string): string => generateURI({ issuer, label: account, secret });

/**
 * The time step a code belongs to when it is right for `now`, allowing one step of clock drift
 * either way, and later than `afterStep`: each step's code is accepted once (no replay).
 */
export function matchTotp(secret: string, code: string, now: Date, afterStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(afterStep !== null && { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
