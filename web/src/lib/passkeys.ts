import type { Client } from "@urql/core";
import {
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { createBrowserClient } from "$lib/graphql/browser-client";
import { errorCode, errorExtensions } from "$lib/graphql/errors";
import { LOGIN_WITH_PASSKEY, PASSKEY_LOGIN_OPTIONS, PASSKEY_REGISTRATION_OPTIONS, REGISTER_PASSKEY } from "$lib/graphql/passkeys";
import { messageFor } from "$lib/error-messages";

// The WebAuthn ceremonies run in the page (navigator.credentials needs the user's browser);
// the options come from, and the answers go to, the API through our own /graphql proxy, so
// the session cookies of a passkey sign-in are set on this origin like any other sign-in.

export type Outcome = { ok: true } | { ok: false; message: string | null };

let client: Client | undefined;
const api = () => (client ??= createBrowserClient());

/** The browser's refusal as a person reads it; null when they cancelled (nothing to say). */
function browserFailure(error: unknown): Outcome {
  const name = error instanceof Error ? error.name : "";
  const code = error instanceof WebAuthnError ? error.code : "";
  if (code === "ERROR_CEREMONY_ABORTED" || name === "NotAllowedError" || name === "AbortError") return { ok: false, message: null };
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") return { ok: false, message: "This device already holds a passkey for your account." };
  return { ok: false, message: "Your browser could not use a passkey here." };
}

const apiFailure = (error: Parameters<typeof errorCode>[0]): Outcome => ({ ok: false, message: messageFor(errorCode(error), errorExtensions(error)) });

/** Make a passkey on this device and add it to the signed-in account; named after the device unless `name` is given. */
export async function addPasskey(name: string): Promise<Outcome> {
  const options = await api().mutation(PASSKEY_REGISTRATION_OPTIONS, {}).toPromise();
  if (!options.data) return apiFailure(options.error);
  let response;
  try {
    // the JSON scalar carries @simplewebauthn/server's options as they are
    response = await startRegistration({ optionsJSON: options.data.passkeyRegistrationOptions as PublicKeyCredentialCreationOptionsJSON });
  } catch (error) {
    return browserFailure(error);
  }
  const saved = await api()
    .mutation(REGISTER_PASSKEY, { response, name: name.trim() || null })
    .toPromise();
  return saved.data ? { ok: true } : apiFailure(saved.error);
}

/**
 * Sign in with a discoverable passkey: from a button, or (`autofill`) offered among the
 * username field's suggestions while the page is open (conditional UI). A waiting autofill
 * offer that ends (the page moved on, the password form was sent) is nobody's failure: only
 * a passkey the person picked and the API refused is reported then.
 */
export async function signInWithPasskey(autofill = false): Promise<Outcome> {
  const quiet: Outcome = { ok: false, message: null };
  const options = await api().mutation(PASSKEY_LOGIN_OPTIONS, {}).toPromise();
  if (!options.data) return autofill ? quiet : apiFailure(options.error);
  const { challengeId, options: optionsJSON } = options.data.passkeyLoginOptions;
  let response;
  try {
    response = await startAuthentication({ optionsJSON: optionsJSON as PublicKeyCredentialRequestOptionsJSON, useBrowserAutofill: autofill });
  } catch (error) {
    return autofill ? quiet : browserFailure(error);
  }
  const signedIn = await api().mutation(LOGIN_WITH_PASSKEY, { challengeId, response }).toPromise();
  return signedIn.data ? { ok: true } : apiFailure(signedIn.error);
}
