// Shared by the admin, roles and audit tests: signed-in clients of each role, and the operations.
import { registerVerified, setRole, USER_FIELDS } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";

export const USERS = `query($filter: UserFilter, $first: Int, $after: String, $orderBy: UserOrder) {
  users(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { nodes { id username } totalCount pageInfo { hasNextPage endCursor } } }`;
export const USER = `query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`;
export const STATS = `{ adminStats { users verified admins disabled activeSessions } }`;
export const AUDIT = `query($first: Int, $after: String, $userId: ID) {
  auditLog(first: $first, after: $after, userId: $userId) {
    nodes { id action ip detail createdAt actorLabel targetLabel actor { id username } target { id username } }
    totalCount pageInfo { hasNextPage endCursor } } }`;
export const SET_ROLE = `mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }`;
export const SET_DISABLED = `mutation($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id disabled } }`;
export const SEND_RESET = `mutation($id: ID!) { adminSendPasswordReset(id: $id) }`;
export const DELETE_USER = `mutation($id: ID!) { deleteUser(id: $id) }`;

export type Role = "USER" | "ADMIN" | "SUPER_ADMIN";

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
