import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, type GqlClient } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { LOGIN, ME, REFRESH, REPLACE_PROFILE, UPDATE_PROFILE, VERIFY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
const newClient = (headers: Record<string, string> = {}) => t.client({ headers });
afterAll(() => t.close());

/** A signed-in account that authenticates with a bearer token (like a non-browser client). */
async function signedIn() {
  const account = await registerVerified(t, newClient());
  const client = newClient({ authorization: `Bearer ${account.accessToken}` });
  return { account, client };
}

async function withProfile(client: GqlClient) {
  return (await client.ok(UPDATE_PROFILE, { input: { name: "Ada Lovelace", bio: "Counts things." } })).updateProfile;
}

describe("updateProfile (partial)", () => {
  it("changes only the given fields; omitted ones stay", async () => {
    const { account, client } = await signedIn();
    await withProfile(client);
    const { updateProfile } = await client.ok(UPDATE_PROFILE, { input: { bio: "  Still counts.  " } });
    expect(updateProfile).toMatchObject({ username: account.username, email: account.email, name: "Ada Lovelace", bio: "Still counts." });
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: account.user.id } })).map((e) => e.action);
    expect(actions).toContain("user.profile_updated");
  });

  it("null clears name and bio", async () => {
    const { client } = await signedIn();
    await withProfile(client);
    const { updateProfile } = await client.ok(UPDATE_PROFILE, { input: { name: null, bio: null } });
    expect(updateProfile).toMatchObject({ name: null, bio: null });
  });

  it("null for username or email is BAD_USER_INPUT", async () => {
    const { client } = await signedIn();
    for (const field of ["username", "email"]) {
      const result = await client.gql(UPDATE_PROFILE, { input: { [field]: null } });
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields[field]).toBeTruthy();
    }
  });

  it("validates with the contract's rules", async () => {
    const { client } = await signedIn();
    const result = await client.gql(UPDATE_PROFILE, { input: { username: "1abc", bio: "x".repeat(501) } });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(Object.keys(result.errors![0].extensions.fields).sort()).toEqual(["bio", "username"]);
  });

  it("renames, and lets the owner change only the case of their own username", async () => {
    const { account, client } = await signedIn();
    const upper = account.username.toUpperCase();
    expect((await client.ok(UPDATE_PROFILE, { input: { username: upper } })).updateProfile.username).toBe(upper);
    const renamed = newAccount("renamed").username;
    expect((await client.ok(UPDATE_PROFILE, { input: { username: renamed } })).updateProfile.username).toBe(renamed);
    await newClient().ok(LOGIN, { identifier: renamed.toLowerCase(), password: account.password });
  });

  it("a username or email taken in another case is CONFLICT with fields", async () => {
    const other = await registerVerified(t, newClient());
    const { account, client } = await signedIn();
    const byName = await client.gql(UPDATE_PROFILE, { input: { username: other.username.toUpperCase() } });
    expect(errorCode(byName)).toBe("CONFLICT");
    expect(byName.errors![0].extensions.fields.username).toBeTruthy();
    const byEmail = await client.gql(UPDATE_PROFILE, { input: { email: other.email.toUpperCase(), currentPassword: account.password } });
    expect(errorCode(byEmail)).toBe("CONFLICT");
    expect(byEmail.errors![0].extensions.fields.email).toBeTruthy();
  });

  it("needs signing in", async () => {
    expect(errorCode(await newClient().gql(UPDATE_PROFILE, { input: { name: "x" } }))).toBe("UNAUTHENTICATED");
  });
});

describe("replaceProfile (full)", () => {
  it("sets every field; an empty name or bio clears it", async () => {
    const { account, client } = await signedIn();
    await withProfile(client);
    const { replaceProfile } = await client.ok(REPLACE_PROFILE, { input: { username: account.username, email: account.email, name: "Grace", bio: "" } });
    expect(replaceProfile).toMatchObject({ username: account.username, email: account.email, name: "Grace", bio: null, pendingEmail: null });
  });

  it("refuses a missing field (every profile field is required)", async () => {
    const { account, client } = await signedIn();
    const result = await client.gql(REPLACE_PROFILE, { input: { username: account.username, email: account.email, name: "Grace" } });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect((await client.ok(ME)).me.name).toBeNull();
  });

  it("a duplicate email in another case is CONFLICT", async () => {
    const other = await registerVerified(t, newClient());
    const { account, client } = await signedIn();
    const input = { username: account.username, email: other.email.toUpperCase(), name: "", bio: "", currentPassword: account.password };
    const result = await client.gql(REPLACE_PROFILE, { input });
    expect(errorCode(result)).toBe("CONFLICT");
    expect(result.errors![0].extensions.fields.email).toBeTruthy();
  });
});

describe("email change", () => {
  it("needs the current password: missing is BAD_USER_INPUT, wrong is INVALID_CREDENTIALS", async () => {
    const { client } = await signedIn();
    const missing = await client.gql(UPDATE_PROFILE, { input: { email: "somewhere-new@example.com" } });
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors![0].extensions.fields.currentPassword).toBeTruthy();
    const wrong = await client.gql(UPDATE_PROFILE, { input: { email: "somewhere-new@example.com", currentPassword: "not-the-password" } });
    expect(errorCode(wrong)).toBe("INVALID_CREDENTIALS");
    expect((await client.ok(ME)).me.pendingEmail).toBeNull();
  });

  it("current password guesses share the sign-in limit (10 per account and IP)", async () => {
    const { client } = await signedIn();
    for (let i = 0; i < 10; i++) {
      expect(errorCode(await client.gql(UPDATE_PROFILE, { input: { email: "guess@example.com", currentPassword: `guess-${i}-wrong` } }))).toBe("INVALID_CREDENTIALS");
    }
    expect(errorCode(await client.gql(UPDATE_PROFILE, { input: { email: "guess@example.com", currentPassword: "guess-last-wrong" } }))).toBe("RATE_LIMITED");
  });

  it("is pending until the code sent to the new address is verified; then the old address gets a notice", async () => {
    const { account, client } = await signedIn();
    const next = newAccount("moved").email;
    const { updateProfile } = await client.ok(UPDATE_PROFILE, { input: { email: next.toUpperCase(), currentPassword: account.password } });
    expect(updateProfile).toMatchObject({ email: account.email, pendingEmail: next });
    const code = await t.mail.otpFor(next);

    // not applied yet: the old address still signs in, the new one does not
    await newClient().ok(LOGIN, { identifier: account.email, password: account.password });
    expect(errorCode(await newClient().gql(LOGIN, { identifier: next, password: account.password }))).toBe("INVALID_CREDENTIALS");

    // the code alone signs in nobody: a typo in the new address must not hand the account over
    expect(errorCode(await newClient().gql(VERIFY, { email: next, code }))).toBe("INVALID_OTP");
    const { verifyOtp } = await client.ok(VERIFY, { email: next, code });
    expect(verifyOtp.user).toMatchObject({ email: next, pendingEmail: null });
    await newClient().ok(LOGIN, { identifier: next, password: account.password });
    const notice = await t.mail.next({ to: account.email, subject: /security notice/i });
    expect(notice.subject).toContain(next);
  });

  it("records the request in the audit log", async () => {
    const { account, client } = await signedIn();
    await client.ok(UPDATE_PROFILE, { input: { email: newAccount("audited").email, currentPassword: account.password } });
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: account.user.id } })).map((e) => e.action);
    expect(actions).toContain("user.email_change_requested");
  });
});

describe("password change", () => {
  it("needs the current password", async () => {
    const { client } = await signedIn();
    const missing = await client.gql(UPDATE_PROFILE, { input: { password: "another-good-password" } });
    expect(missing.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { currentPassword: expect.any(String) } });
    const wrong = await client.gql(UPDATE_PROFILE, { input: { password: "another-good-password", currentPassword: "nope-nope-nope" } });
    expect(errorCode(wrong)).toBe("INVALID_CREDENTIALS");
  });

  it("must differ from the username and email", async () => {
    const { account, client } = await signedIn();
    const result = await client.gql(UPDATE_PROFILE, { input: { password: account.email.toUpperCase(), currentPassword: account.password } });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { password: expect.any(String) } });
  });

  it("revokes the other sessions (refresh and access token refused), keeps this one, and sends a notice", async () => {
    const { account, client } = await signedIn();
    const other = newClient();
    const { login } = await other.ok(LOGIN, { identifier: account.email, password: account.password });
    const otherBearer = newClient({ authorization: `Bearer ${login.accessToken}` });
    expect((await otherBearer.ok(ME)).me.id).toBe(account.user.id);

    await client.ok(UPDATE_PROFILE, { input: { password: "another-good-password", currentPassword: account.password } });

    expect(errorCode(await otherBearer.gql(ME))).toBe("UNAUTHENTICATED");
    expect(errorCode(await newClient().gql(REFRESH, { token: login.refreshToken }))).toBe("INVALID_TOKEN");
    expect((await client.ok(ME)).me.id).toBe(account.user.id);
    expect((await newClient().ok(REFRESH, { token: account.refreshToken })).refreshToken.accessToken).toBeTruthy();

    await newClient().ok(LOGIN, { identifier: account.email, password: "another-good-password" });
    const notice = await t.mail.next({ to: account.email, subject: /security notice/i });
    expect(notice.subject).toMatch(/password/i);
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: account.user.id } })).map((e) => e.action);
    expect(actions).toContain("user.password_changed");
  });
});
