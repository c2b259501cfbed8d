// What MFA changes around the account: sensitive changes, resets and the admin side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { type TestApp } from "../helpers/test-app.ts";
import { signedInAs, startWithAdmins, type Actor } from "./admin-fixtures.ts";
import { enrolled, mfaToken, nextCode } from "./mfa-fixtures.ts";
import { LOGIN, REQUEST_RESET, RESET_MFA, RESET_PASSWORD, STATS, UPDATE_PROFILE, USERS, VERIFY, VERIFY_MFA } from "../helpers/operations.ts";

let t: TestApp;
let admin: Actor;
beforeAll(async () => ({ t, admin } = await startWithAdmins()));
afterAll(() => t.close());

describe("sensitive changes of an MFA account", () => {
  it("an email or password change needs a current code as well as the password", async () => {
    const { client, password, secret } = await enrolled(t);
    const change = { password: "another-long-password", currentPassword: password };
    const missing = await client.gql(UPDATE_PROFILE, { input: change });
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors![0].extensions.fields.mfaCode).toBeTruthy();
    expect(errorCode(await client.gql(UPDATE_PROFILE, { input: { ...change, mfaCode: "000000" } }))).toBe("INVALID_MFA_CODE");
    await client.ok(UPDATE_PROFILE, { input: { ...change, mfaCode: nextCode(t, secret) } });
    const moved = await client.ok(UPDATE_PROFILE, { input: { email: "mfa-moved@example.com", currentPassword: "another-long-password", mfaCode: nextCode(t, secret) } });
    expect(moved.updateProfile.pendingEmail).toBe("mfa-moved@example.com");
  });

  it("an email-change code signs in nobody: verifyOtp never stands in for the second factor", async () => {
    const { client, password, secret } = await enrolled(t);
    await client.ok(UPDATE_PROFILE, { input: { email: "mfa-code-alone@example.com", currentPassword: password, mfaCode: nextCode(t, secret) } });
    const code = await t.mail.otpFor("mfa-code-alone@example.com");
    const stranger = t.client();
    expect(errorCode(await stranger.gql(VERIFY, { email: "mfa-code-alone@example.com", code }))).toBe("INVALID_OTP");
    expect(stranger.cookies.size).toBe(0);
  });

  it("a password reset neither signs in nor turns MFA off", async () => {
    const { email, secret } = await enrolled(t);
    await t.client().ok(REQUEST_RESET, { email });
    const token = await t.mail.resetTokenFor(email);
    const reset = t.client();
    await reset.ok(RESET_PASSWORD, { token, newPassword: "reset-long-password" });
    expect(reset.cookies.size).toBe(0);
    const mfa = await mfaToken(t, t.client(), email, "reset-long-password");
    await t.client().ok(VERIFY_MFA, { mfaToken: mfa, code: nextCode(t, secret) });
  });
});

describe("admins", () => {
  it("see who has MFA on, filter and count by it", async () => {
    const { user, username } = await enrolled(t);
    const plain = await signedInAs(t, "USER");
    const on = await admin.client.ok(USERS, { filter: { search: username, mfaEnabled: true } });
    expect(on.users.nodes.map((n: { id: string }) => n.id)).toEqual([user.id]);
    const off = await admin.client.ok(USERS, { filter: { search: plain.username, mfaEnabled: true } });
    expect(off.users.totalCount).toBe(0);
    const count = await t.db.user.count({ where: { mfaEnabled: true } });
    expect((await admin.client.ok(STATS)).adminStats.mfaEnabled).toBe(count);
  });

  it("reset a lost device: MFA off, the user told, the action audited", async () => {
    const { user, email, password } = await enrolled(t);
    const plain = await signedInAs(t, "USER");
    expect(errorCode(await plain.client.gql(RESET_MFA, { id: user.id }))).toBe("FORBIDDEN");
    expect((await admin.client.ok(RESET_MFA, { id: user.id })).adminResetMfa.mfaEnabled).toBe(false);
    await t.mail.next({ to: email, subject: /administrator turned off two-factor/ });
    expect(await t.db.auditEvent.count({ where: { action: "admin.reset_mfa", targetId: user.id, actorId: admin.id } })).toBe(1);
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    await t.client().ok(LOGIN, { identifier: email, password });
  });

  it("cannot reset a super admin's MFA unless they are one", async () => {
    const root = await signedInAs(t, "SUPER_ADMIN");
    expect(errorCode(await admin.client.gql(RESET_MFA, { id: root.id }))).toBe("FORBIDDEN");
  });
});
