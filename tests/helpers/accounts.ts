import type { GqlClient } from "./gql-client.ts";
import type { TestApp } from "./test-app.ts";
import { REGISTER, VERIFY } from "./operations.ts";
import type { Role } from "./graphql/graphql.ts";

let counter = 0;

/** Distinct, valid account details for one test. */
export function newAccount(prefix = "user") {
  counter += 1;
  const tag = `${prefix}${process.pid}x${counter}`;
  return { username: tag, email: `${tag}@example.com`, password: `pw-${tag}-long-enough` };
}

/** Register an account and verify it by the code from the mail, signing `client` in. */
export async function registerVerified(t: TestApp, client: GqlClient, account = newAccount()) {
  await client.ok(REGISTER, { input: account });
  const code = await t.mail.otpFor(account.email);
  const { verifyOtp } = await client.ok(VERIFY, { email: account.email, code });
  return { ...account, user: verifyOtp.user, accessToken: verifyOtp.accessToken as string, refreshToken: verifyOtp.refreshToken as string };
}

/** Make an existing account an admin or super admin directly in the database (for role tests). */
export async function setRole(t: TestApp, userId: string, role: Role) {
  await t.db.user.update({ where: { id: userId }, data: { role } });
}
