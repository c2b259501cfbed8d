// Shared by the MFA tests: an account with TOTP on, and the operations.
import { registerVerified } from "../helpers/accounts.ts";
import type { GqlClient } from "../helpers/gql-client.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { totpCode } from "../helpers/totp.ts";
import { CONFIRM_TOTP, LOGIN, START_TOTP } from "../helpers/operations.ts";

/** A verified account that has turned TOTP on; its secret and recovery codes. */
export async function enrolled(t: TestApp, client: GqlClient = t.client()) {
  const account = await registerVerified(t, client);
  const { startTotpEnrollment } = await client.ok(START_TOTP, { currentPassword: account.password });
  const secret: string = startTotpEnrollment.secret;
  const { confirmTotpEnrollment } = await client.ok(CONFIRM_TOTP, { code: totpCode(secret, t.clock.now()) });
  return { ...account, client, secret, recoveryCodes: confirmTotpEnrollment.codes as string[] };
}

/** Log in with the password: MFA_REQUIRED's token (fails the test if it signs in instead). */
export async function mfaToken(t: TestApp, client: GqlClient, identifier: string, password: string): Promise<string> {
  const result = await client.gql(LOGIN, { identifier, password });
  const error = result.errors?.[0];
  if (error?.extensions.code !== "MFA_REQUIRED") throw new Error(`expected MFA_REQUIRED, got ${JSON.stringify(result)}`);
  return error.extensions.mfaToken;
}

/** The authenticator's code now, after moving the clock to the next 30 s step (each step's code works once). */
export function nextCode(t: TestApp, secret: string): string {
  t.clock.advance(30_000);
  return totpCode(secret, t.clock.now());
}
