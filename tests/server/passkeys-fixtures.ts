// Shared by the passkey tests: the operations, and accounts with a software authenticator.
import { registerVerified } from "../helpers/accounts.ts";
import type { GqlClient } from "../helpers/gql-client.ts";
import { SoftAuthenticator } from "../helpers/soft-authenticator.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { LOGIN_WITH_PASSKEY, PASSKEY_LOGIN_OPTIONS, PASSKEY_REGISTRATION_OPTIONS, REGISTER_PASSKEY } from "../helpers/operations.ts";

export const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

/** An authenticator for the test app's relying party (WEB_ORIGIN http://localhost:5173). */
export const newAuthenticator = (t: TestApp) => new SoftAuthenticator(t.config.webauthnRpId, t.config.webOrigin);

/** A signed-in, verified account that has added one passkey (from `auth`). */
export async function withPasskey(t: TestApp, auth = newAuthenticator(t), client: GqlClient = t.client({ userAgent: CHROME_LINUX })) {
  const account = await registerVerified(t, client);
  const { passkeyRegistrationOptions } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
  const { registerPasskey } = await client.ok(REGISTER_PASSKEY, { response: auth.register(passkeyRegistrationOptions) });
  return { ...account, client, auth, passkey: registerPasskey as { id: string; name: string } };
}

/** One passkey sign-in attempt by `auth` on a fresh client: options (for `identifier`, if any), then the answer. */
export async function passkeySignIn(
  t: TestApp,
  auth: SoftAuthenticator,
  identifier?: string,
  overrides: Parameters<SoftAuthenticator["authenticate"]>[1] = {},
  client = t.client(),
) {
  const { passkeyLoginOptions } = await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier });
  const result = await client.gql(LOGIN_WITH_PASSKEY, { challengeId: passkeyLoginOptions.challengeId, response: auth.authenticate(passkeyLoginOptions.options, overrides) });
  return { client, result, challengeId: passkeyLoginOptions.challengeId as string, options: passkeyLoginOptions.options };
}
