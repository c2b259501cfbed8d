import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { LOGIN, ME, REFRESH, REQUEST_RESET, RESET_PASSWORD } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
const newClient = (headers: Record<string, string> = {}) => t.client({ headers });
afterAll(() => t.close());

/** Nothing more arrives for `to` within a short wait. */
async function expectNoMail(to: string, subject = /reset/i) {
  await expect(t.mail.next({ to, subject }, 600)).rejects.toThrow(/no mail/);
}

describe("requestPasswordReset", () => {
  it("mails a link to the web app's reset page, and answers true", async () => {
    const account = await registerVerified(t, newClient());
    const result = await newClient().ok(REQUEST_RESET, { email: account.email.toUpperCase() });
    expect(result.requestPasswordReset).toBe(true);
    const mail = await t.mail.next({ to: account.email, subject: /reset/i });
    expect(mail.text).toMatch(new RegExp(`${t.config.webOrigin}/reset-password\\?token=[\\w-]{43}`));
  });

  it("answers true for an unknown address and sends nothing", async () => {
    const result = await newClient().gql(REQUEST_RESET, { email: "nobody-here@example.com" });
    expect(result.errors).toBeUndefined();
    expect(result.data.requestPasswordReset).toBe(true);
    await expectNoMail("nobody-here@example.com");
  });

  it("answers true for a malformed address", async () => {
    expect((await newClient().ok(REQUEST_RESET, { email: "not an address" })).requestPasswordReset).toBe(true);
  });

  it("stores the token only as a hash", async () => {
    const account = await registerVerified(t, newClient());
    await newClient().ok(REQUEST_RESET, { email: account.email });
    const token = await t.mail.resetTokenFor(account.email);
    const rows = await t.db.passwordResetToken.findMany({ where: { userId: account.user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("sends at most 5 mails per address per hour; the 6th still answers true", async () => {
    const account = await registerVerified(t, newClient());
    const client = newClient();
    for (let i = 0; i < 5; i++) {
      await client.ok(REQUEST_RESET, { email: account.email });
      await t.mail.resetTokenFor(account.email);
    }
    expect((await client.ok(REQUEST_RESET, { email: account.email })).requestPasswordReset).toBe(true);
    await expectNoMail(account.email);
    // an hour later the limit has room again
    t.clock.advance(60 * 60_000 + 1000);
    await client.ok(REQUEST_RESET, { email: account.email });
    expect(await t.mail.resetTokenFor(account.email)).toBeTruthy();
  });

  it("a newer request invalidates the older link", async () => {
    const account = await registerVerified(t, newClient());
    await newClient().ok(REQUEST_RESET, { email: account.email });
    const older = await t.mail.resetTokenFor(account.email);
    await newClient().ok(REQUEST_RESET, { email: account.email });
    const newer = await t.mail.resetTokenFor(account.email);
    expect(errorCode(await newClient().gql(RESET_PASSWORD, { token: older, newPassword: "a-brand-new-password" }))).toBe("INVALID_TOKEN");
    expect((await newClient().ok(RESET_PASSWORD, { token: newer, newPassword: "a-brand-new-password" })).resetPassword).toBe(true);
  });
});

describe("abuse limits", () => {
  it("requestPasswordReset: 10 an hour per IP, then RATE_LIMITED for any address", async () => {
    const client = newClient();
    for (let i = 0; i < 10; i++) await client.ok(REQUEST_RESET, { email: `limit${i}@example.com` });
    const refused = await client.gql(REQUEST_RESET, { email: "limit-last@example.com" });
    expect(refused.errors![0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: expect.any(Number) });
  });

  it("resetPassword: 20 attempts an hour per IP", async () => {
    const client = newClient();
    for (let i = 0; i < 20; i++) expect(errorCode(await client.gql(RESET_PASSWORD, { token: `guess${i}`, newPassword: "whatever-long" }))).toBe("INVALID_TOKEN");
    expect(errorCode(await client.gql(RESET_PASSWORD, { token: "z", newPassword: "whatever-long" }))).toBe("RATE_LIMITED");
  });
});

describe("resetPassword", () => {
  async function accountWithLink() {
    const client = newClient();
    const account = await registerVerified(t, client);
    await newClient().ok(REQUEST_RESET, { email: account.email });
    return { client, account, token: await t.mail.resetTokenFor(account.email) };
  }

  it("sets the new password, works once, then answers INVALID_TOKEN", async () => {
    const { account, token } = await accountWithLink();
    expect((await newClient().ok(RESET_PASSWORD, { token, newPassword: "fresh-password-1" })).resetPassword).toBe(true);
    expect(errorCode(await newClient().gql(RESET_PASSWORD, { token, newPassword: "fresh-password-2" }))).toBe("INVALID_TOKEN");
    expect(errorCode(await newClient().gql(LOGIN, { identifier: account.email, password: account.password }))).toBe("INVALID_CREDENTIALS");
    await newClient().ok(LOGIN, { identifier: account.email, password: "fresh-password-1" });
    const notice = await t.mail.next({ to: account.email, subject: /security notice/i });
    expect(notice.subject).toMatch(/reset/i);
  });

  it("ends every session: the old refresh token and access token are refused", async () => {
    const { client, account, token } = await accountWithLink();
    const other = newClient();
    const otherLogin = (await other.ok(LOGIN, { identifier: account.email, password: account.password })).login;
    await newClient().ok(RESET_PASSWORD, { token, newPassword: "fresh-password-1" });
    expect(errorCode(await newClient().gql(REFRESH, { token: account.refreshToken }))).toBe("INVALID_TOKEN");
    expect(errorCode(await newClient().gql(REFRESH, { token: otherLogin.refreshToken }))).toBe("INVALID_TOKEN");
    const me = await newClient().gql(ME, {}, { authorization: `Bearer ${account.accessToken}` });
    expect(errorCode(me)).toBe("UNAUTHENTICATED");
    expect(errorCode(await client.gql(ME))).toBe("UNAUTHENTICATED");
  });

  it("expires after one hour", async () => {
    const { token } = await accountWithLink();
    t.clock.advance(60 * 60_000 + 1000);
    expect(errorCode(await newClient().gql(RESET_PASSWORD, { token, newPassword: "fresh-password-1" }))).toBe("INVALID_TOKEN");
  });

  it("a too-weak password is BAD_USER_INPUT and does not use the token up", async () => {
    const { account, token } = await accountWithLink();
    const short = await newClient().gql(RESET_PASSWORD, { token, newPassword: "short" });
    expect(errorCode(short)).toBe("BAD_USER_INPUT");
    expect(short.errors![0].extensions.fields.newPassword).toBeTruthy();
    const same = await newClient().gql(RESET_PASSWORD, { token, newPassword: account.email });
    expect(errorCode(same)).toBe("BAD_USER_INPUT");
    expect((await newClient().ok(RESET_PASSWORD, { token, newPassword: "fresh-password-1" })).resetPassword).toBe(true);
  });

  it("a made-up token is INVALID_TOKEN", async () => {
    expect(errorCode(await newClient().gql(RESET_PASSWORD, { token: "x".repeat(43), newPassword: "fresh-password-1" }))).toBe("INVALID_TOKEN");
  });

  it("records the request and the reset in the audit log", async () => {
    const { account, token } = await accountWithLink();
    await newClient().ok(RESET_PASSWORD, { token, newPassword: "fresh-password-1" });
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: account.user.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.password_reset_requested", "auth.password_reset_completed"]));
  });
});
