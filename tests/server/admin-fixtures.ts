// Shared by the admin, roles and audit tests: signed-in clients of each role, and the operations.
import { registerVerified, setRole } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";

import type { Role } from "../helpers/graphql/graphql.ts";

/** A fresh verified account of the given role, signed in on its own client. */
export async function signedInAs(t: TestApp, role: Role) {
  const client = t.client();
  const account = await registerVerified(t, client);
  if (role !== "USER") await setRole(t, account.user.id, role);
  return { client, account, id: account.user.id as string, username: account.username };
}

export type Actor = Awaited<ReturnType<typeof signedInAs>>;

/** A fresh app with one signed-in admin and one signed-in super admin. */
export async function startWithAdmins() {
  const t = await startTestApp();
  return { t, admin: await signedInAs(t, "ADMIN"), root: await signedInAs(t, "SUPER_ADMIN") };
}
