import type { AuthenticatorTransportFuture, PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { badInput } from "../lib/errors.ts";
import { securityNoticeMail } from "../mail/templates.ts";
import { CHALLENGE_TTL_MS, claimChallenge, storeChallenge } from "./challenges.ts";
import { deviceName } from "./device-name.ts";
import { parsePasskeyName } from "./manage.ts";
import { invalidPasskey, parseRegistration, signedChallenge } from "./responses.ts";

// @simplewebauthn/server (with its ASN.1, X.509 and COSE code: ~20 MB resident) is imported by
// the passkey requests that use it, not at start: most processes never serve one.

// enough for every device a person owns; it also bounds the allow list of a sign-in
const MAX_PASSKEYS = 25;

/** The WebAuthn user handle: the account id (no name or address in it), the same for every passkey of the account. */
export const userHandle = (userId: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(userId, "utf8"));

export const splitTransports = (stored: string | null) => (stored ? (stored.split(",") as AuthenticatorTransportFuture[]) : undefined);

/** Options for navigator.credentials.create: a discoverable credential if the device can, verified user, none of the user's passkeys again. */
export async function passkeyRegistrationOptions(deps: Deps, user: User): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await deps.store.passkeys.credentialsOf(user.id);
  if (existing.length >= MAX_PASSKEYS) throw badInput({ passkey: `You can have at most ${MAX_PASSKEYS} passkeys: remove one first.` });
  const { generateRegistrationOptions } = await import("@simplewebauthn/server");
  const options = await generateRegistrationOptions({
    rpName: deps.config.webauthnRpName,
    rpID: deps.config.webauthnRpId,
    userName: user.username,
    userDisplayName: user.name ?? user.username,
    userID: userHandle(user.id),
    timeout: CHALLENGE_TTL_MS,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: splitTransports(p.transports) })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
  });
  await storeChallenge(deps, "REGISTER", user.id, options.challenge);
  return options;
}

/** Verify the authenticator's answer to one of this user's registration challenges and keep the credential. */
export async function registerPasskey(deps: Deps, user: User, response: unknown, name: string | null | undefined, meta: RequestMeta) {
  const label = name == null ? deviceName(meta.userAgent) : parsePasskeyName(name);
  const parsed = parseRegistration(response);
  const challenge = await signedChallenge(parsed.response.clientDataJSON);
  if (!(await claimChallenge(deps, { purpose: "REGISTER", challenge, userId: user.id }))) throw invalidPasskey();
  const { verifyRegistrationResponse } = await import("@simplewebauthn/server");
  const verification = await verifyRegistrationResponse({
    response: parsed,
    expectedChallenge: challenge,
    expectedOrigin: deps.config.webOrigin,
    expectedRPID: deps.config.webauthnRpId,
    requireUserPresence: true,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified) throw invalidPasskey();
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const now = deps.clock.now();
  const passkey = await deps.store
    .transaction(async (tx) => {
      const created = await tx.passkeys.create({
        userId: user.id,
        credentialId: credential.id,
        publicKey: new Uint8Array(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: parsed.response.transports?.join(",") || null,
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: label,
        createdAt: now,
      });
      await tx.audit.record({ action: "passkey.added", actor: user, target: user, ip: meta.ip, detail: label }, now);
      await deps.mailer.send(securityNoticeMail(user.email, `A passkey ("${label}") was added to your account`), tx);
      return created;
    })
    // a credential registered before (to anyone) is not registered twice
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw invalidPasskey();
      throw error;
    });
  return passkey;
}
