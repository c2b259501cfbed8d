import type { Deps, RequestMeta } from "../deps.ts";
import { findByIdentifier } from "../auth/login.ts";
import { signInNoticingNewDevice } from "../auth/new-device.ts";
import type { SignIn } from "../auth/sessions.ts";
import { hashToken, hmac, safeEqual } from "../lib/crypto-tokens.ts";
import { AppError } from "../lib/errors.ts";
import { newId } from "../db/ids.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { CHALLENGE_TTL_MS, claimChallenge, storeChallenge } from "./challenges.ts";
import { splitTransports, userHandle } from "./registration.ts";
import { invalidPasskey, parseAuthentication } from "./responses.ts";

/**
 * Options for navigator.credentials.get. With an identifier, the account's passkeys are the
 * allowed ones and only they can answer; an unknown account (or one without passkeys) gets one
 * made-up credential id, stable per identifier, and a challenge that nothing can answer, so the
 * answer does not say whether the account exists. Without one, any discoverable credential.
 */
export async function passkeyLoginOptions(deps: Deps, identifier: string | null | undefined, meta: RequestMeta) {
  await deps.limits.hit([["passkey_options.ip", meta.network]], deps.clock.now());
  const user = identifier ? (identifier.length <= 254 ? await findByIdentifier(deps, identifier) : null) : undefined;
  const passkeys = user ? await deps.store.passkeys.credentialsOf(user.id) : [];
  const decoy = identifier && !passkeys.length ? [{ id: hmac(`${deps.config.jwtSecret}:passkey-decoy`, identifier.trim().toLowerCase()) }] : [];
  const { generateAuthenticationOptions } = await import("@simplewebauthn/server"); // at first use: see registration.ts
  const options = await generateAuthenticationOptions({
    rpID: deps.config.webauthnRpId,
    allowCredentials: [...passkeys.map((p) => ({ id: p.credentialId, transports: splitTransports(p.transports) })), ...decoy],
    userVerification: "required",
    timeout: CHALLENGE_TTL_MS,
  });
  const answerable = identifier === undefined || identifier === null || identifier === "" || passkeys.length > 0;
  const challengeId = answerable ? await storeChallenge(deps, "LOGIN", user?.id ?? null, options.challenge) : newId(deps.clock.now().getTime());
  return { challengeId, options };
}

/** Verify an answer to a sign-in challenge and sign its passkey's owner in: it is a phishing-resistant factor of its own, so no MFA step follows. */
export async function loginWithPasskey(deps: Deps, challengeId: string, response: unknown, meta: RequestMeta): Promise<SignIn> {
  const now = deps.clock.now();
  await deps.limits.hit([["passkey_login.ip", meta.network]], now);
  const parsed = parseAuthentication(response);
  const challenge = await claimChallenge(deps, { purpose: "LOGIN", id: challengeId });
  if (!challenge) throw invalidPasskey();
  const passkey = await deps.store.passkeys.byCredentialId(parsed.id);
  if (!passkey) throw invalidPasskey();
  const { user } = passkey;
  const handle = parsed.response.userHandle;
  const foreign = (challenge.userId && challenge.userId !== user.id) || (handle && handle !== Buffer.from(userHandle(user.id)).toString("base64url"));
  const failed = async (detail: string) => {
    await deps.store.audit.record({ action: "auth.sign_in_failed", target: user, ip: meta.ip, detail }, now);
    return invalidPasskey();
  };
  if (foreign) throw await failed("passkey of another account");

  const stored = Number(passkey.counter);
  const { verifyAuthenticationResponse } = await import("@simplewebauthn/server");
  const verification = await verifyAuthenticationResponse({
    response: parsed,
    expectedChallenge: (signed) => safeEqual(hashToken(signed), challenge.challengeHash),
    expectedOrigin: deps.config.webOrigin,
    expectedRPID: deps.config.webauthnRpId,
    // the counter is judged below, once the signature is known to be the authenticator's
    credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: 0, transports: splitTransports(passkey.transports) },
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified) throw await failed("passkey did not verify");

  // A signed counter that does not move forward means a second copy of the key (a cloned
  // authenticator) or a replayed answer: refused, recorded and told to the owner.
  const { newCounter, credentialBackedUp } = verification.authenticationInfo;
  if ((newCounter > 0 || stored > 0) && newCounter <= stored) {
    await deps.store.audit.record({ action: "passkey.counter_anomaly", target: user, ip: meta.ip, detail: `${passkey.name}: counter ${newCounter} after ${stored}` }, now);
    await deps.mailer.send(securityNoticeMail(user.email, `A sign-in with your passkey "${passkey.name}" was refused: the passkey may have been copied`));
    throw invalidPasskey();
  }
  const moved = await deps.store.passkeys.recordUse(passkey.id, passkey.counter, { counter: BigInt(newCounter), backedUp: credentialBackedUp, lastUsedAt: now });
  if (!moved) throw invalidPasskey();
  if (user.disabled) throw new AppError("ACCOUNT_DISABLED");
  if (!user.emailVerified) throw new AppError("EMAIL_NOT_VERIFIED");

  return signInNoticingNewDevice(deps, user, meta, "passkey");
}
