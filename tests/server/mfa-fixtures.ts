// Shared by the MFA tests: an account with TOTP on, and the operations.
import { registerVerified } from "../helpers/accounts.ts";
import type { GqlClient } from "../helpers/gql-client.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { totpCode } from "../helpers/totp.ts";

export const START = `mutation($p: String!) { startTotpEnrollment(currentPassword: $p) { secret otpauthUrl qrCodeSvg } }`;
export const CONFIRM = `mutation($code: String!) { confirmTotpEnrollment(code: $code) { codes } }`;
export const REGENERATE = `mutation($code: String!) { regenerateRecoveryCodes(code: $code) { codes } }`;
export const DISABLE = `mutation($p: String!, $code: String!) { disableMfa(currentPassword: $p, code: $code) { mfaEnabled } }`;
export const VERIFY_MFA = `mutation($t: String!, $code: String!) { verifyMfa(mfaToken: $t, code: $code) { user { id mfaEnabled } accessToken refreshToken recoveryCodesLeft } }`;
export const LOGIN_MFA = `mutation($identifier: String!, $password: String!) { login(identifier: $identifier, password: $password) { accessToken } }`;

/** A verified account that has turned TOTP on; its secret and recovery codes. */
export async function enrolled(t: TestApp, client: GqlClient = t.client()) {
  const account = await registerVerified(t, client);
  const { startTotpEnrollment } = await client.ok(START, { p: account.password });
  const secret: string = startTotpEnrollment.secret;
  const { confirmTotpEnrollment } = await client.ok(CONFIRM, { code: totpCode(secret, t.clock.now()) });
  return { ...account, client, secret, recoveryCodes: confirmTotpEnrollment.codes as string[] };
}

/** Log in with the password: MFA_REQUIRED's token (fails the test if it signs in instead). */
export async function mfaToken(t: TestApp, client: GqlClient, identifier: string, password: string): Promise<string> {
  const result = await client.gql(LOGIN_MFA, { identifier, password });
  const error = result.errors?.[0];
  if (error?.extensions.code !== "MFA_REQUIRED") throw new Error(`expected MFA_REQUIRED, got ${JSON.stringify(result)}`);
  return error.extensions.mfaToken;
}

/** The authenticator's code now, after moving the clock to the next 30 s step (each step's code works once). */
export function nextCode(t: TestApp, secret: string): string {
  t.clock.advance(30_000);
  return totpCode(secret, t.clock.now());
}
