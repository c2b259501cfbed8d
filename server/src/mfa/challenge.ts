import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { hashToken, randomToken } from "../lib/crypto-tokens.ts";
import { AppError } from "../lib/errors.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import type { SignIn } from "../auth/sessions.ts";
import { signInNoticingNewDevice } from "../auth/new-device.ts";
import { consumeSecondFactor } from "./second-factor.ts";

const CHALLENGE_TTL_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;
const FEW_CODES_LEFT = 3;

/** The password was right and MFA is on: no session yet, an opaque token for verifyMfa instead. */
export async function requireSecondFactor(deps: Deps, user: User): Promise<never> {
  const mfaToken = randomToken();
  const now = deps.clock.now();
  await deps.store.mfa.openChallenge({ userId: user.id, tokenHash: hashToken(mfaToken), expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS), createdAt: now });
  // a passkey would have signed in on its own: worth telling the client it can offer one
  const hasPasskey = (await deps.store.passkeys.countOf(user.id)) > 0;
  throw new AppError("MFA_REQUIRED", { mfaToken, methods: ["TOTP", "RECOVERY_CODE", ...(hasPasskey ? ["PASSKEY"] : [])] });
}

const invalidCode = (attemptsLeft?: number) => new AppError("INVALID_MFA_CODE", attemptsLeft ? { attemptsLeft } : {});

/**
 * The second step of a sign-in. Five wrong codes burn the token, and every attempt counts
 * against the account's sign-in limits, like a password guess.
 */
export async function verifyMfa(deps: Deps, mfaToken: string, code: string, meta: RequestMeta): Promise<SignIn & { recoveryCodesLeft: number | null }> {
  const now = deps.clock.now();
  const challenge = mfaToken.length <= 100 ? await deps.store.mfa.challengeByHash(hashToken(mfaToken)) : null;
  const account = challenge?.userId;
  await deps.limits.hit(
    [
      ["login.ip", meta.network],
      ["login.account_ip", account && `${account}|${meta.network}`],
      ["login.account", account],
    ],
    now,
  );
  if (!challenge || challenge.usedAt || challenge.expiresAt <= now || challenge.attempts >= MAX_ATTEMPTS) throw invalidCode();
  const { user } = challenge;
  if (user.disabled) throw new AppError("ACCOUNT_DISABLED");

  // counted before the code is checked, so parallel tries cannot add up to more than five
  const tries = await deps.store.mfa.takeChallengeTry(challenge.id, MAX_ATTEMPTS);
  if (tries === null) throw invalidCode();
  const factor = await consumeSecondFactor(deps, user, code);
  if (!factor) {
    await deps.store.audit.record({ action: "auth.mfa_failed", target: user, ip: meta.ip }, now);
    throw invalidCode(MAX_ATTEMPTS - tries);
  }
  // single use: of two parallel redemptions only one signs in
  if (!(await deps.store.mfa.claimChallenge(challenge.id, now))) throw invalidCode();
  const session = await signInNoticingNewDevice(deps, user, meta, factor.method === "TOTP" ? "password+totp" : "password+recovery-code");
  await deps.limits.reset("login.account_ip", `${user.id}|${meta.network}`);
  if (factor.method === "TOTP") return { ...session, recoveryCodesLeft: null };
  await deps.store.audit.record({ action: "mfa.recovery_code_used", actor: user, target: user, ip: meta.ip, detail: `${factor.left} left` }, now);
  const warning = factor.left <= FEW_CODES_LEFT ? `; only ${factor.left} are left: make new ones on your profile page` : "";
  await deps.mailer.send(securityNoticeMail(user.email, `A recovery code was used to sign in to your account${warning}`));
  return { ...session, recoveryCodesLeft: factor.left };
}
