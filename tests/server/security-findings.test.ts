// Findings of the penetration test (issue #19) that live in the API: reset links that outlive
// what they should, resets of disabled accounts, per-IP limits keyed by address spelling,
// hostile strings and forged client addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { signedInAs, startWithAdmins, type Actor } from "./admin-fixtures.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { LOGIN, ME, REGISTER, REQUEST_RESET, RESET_PASSWORD, SEND_RESET, SESSIONS, SET_DISABLED, UPDATE_PROFILE, USERS, VERIFY } from "../helpers/operations.ts";

let t: TestApp;
let admin: Actor;
beforeAll(async () => ({ t, admin } = await startWithAdmins()));
afterAll(() => t.close());

async function userWithResetLink() {
  const client = t.client();
  const account = await registerVerified(t, client);
  await t.client().ok(REQUEST_RESET, { email: account.email });
  return { client, account, token: await t.mail.resetTokenFor(account.email) };
}

const redeem = (token: string) => t.client().gql(RESET_PASSWORD, { token, newPassword: "a-brand-new-password" });

describe("reset links die with what they were for", () => {
  it("a password change kills an outstanding link", async () => {
    const { client, account, token } = await userWithResetLink();
    await client.ok(UPDATE_PROFILE, { input: { password: "changed-password-1", currentPassword: account.password } });
    expect(errorCode(await redeem(token))).toBe("INVALID_TOKEN");
  });

  it("an email change kills a link mailed to the old address", async () => {
    const { client, account, token } = await userWithResetLink();
    const next = newAccount("moved").email;
    await client.ok(UPDATE_PROFILE, { input: { email: next, currentPassword: account.password } });
    await client.ok(VERIFY, { email: next, code: await t.mail.otpFor(next) });
    expect(errorCode(await redeem(token))).toBe("INVALID_TOKEN");
    await t.client().ok(LOGIN, { identifier: next, password: account.password });
  });

  it("a disable kills it, and it stays dead after the account is enabled again", async () => {
    const { account, token } = await userWithResetLink();
    await admin.client.ok(SET_DISABLED, { id: account.user.id, disabled: true });
    expect(errorCode(await redeem(token))).toBe("INVALID_TOKEN");
    await admin.client.ok(SET_DISABLED, { id: account.user.id, disabled: false });
    expect(errorCode(await redeem(token))).toBe("INVALID_TOKEN");
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
  });

  it("an admin cannot mail a reset to a disabled account", async () => {
    const target = await signedInAs(t, "USER");
    await admin.client.ok(SET_DISABLED, { id: target.id, disabled: true });
    expect(errorCode(await admin.client.gql(SEND_RESET, { id: target.id }))).toBe("ACCOUNT_DISABLED");
    await expect(t.mail.next({ to: target.account.email, subject: /reset/i }, 600)).rejects.toThrow(/no mail/);
  });
});

describe("per-IP limits", () => {
  it("count an IPv6 /64 as one client, whatever the spelling", async () => {
    const account = await registerVerified(t, t.client());
    const from = (ip: string) => t.client({ headers: { "x-forwarded-for": ip } });
    // login.ip allows 30 attempts per 5 minutes from one client
    for (let i = 1; i <= 30; i++) {
      const ip = i % 2 ? `2001:db8:7:7::${i.toString(16)}` : `2001:0DB8:0007:0007:${i.toString(16)}:0:0:1`;
      // a new account name each time: only the per-IP limit can add these up
      expect(errorCode(await from(ip).gql(LOGIN, { identifier: `nobody-v6-${i}`, password: "wrong-guess" }))).toBe("INVALID_CREDENTIALS");
    }
    expect(errorCode(await from("2001:db8:7:7:ffff::1").gql(LOGIN, { identifier: account.username, password: "wrong-again" }))).toBe("RATE_LIMITED");
    // the next /64 is another client
    await from("2001:db8:7:8::1").ok(LOGIN, { identifier: account.username, password: account.password });
  });

  it("count an IPv4-mapped IPv6 address as the IPv4 address", async () => {
    const account = await registerVerified(t, t.client());
    for (let i = 0; i < 30; i++) {
      const ip = i % 2 ? "10.99.0.1" : "::ffff:10.99.0.1";
      const result = await t.client({ headers: { "x-forwarded-for": ip } }).gql(LOGIN, { identifier: `nobody-v4-${i}`, password: "wrong-guess" });
      expect(errorCode(result)).toBe("INVALID_CREDENTIALS");
    }
    expect(errorCode(await t.client({ headers: { "x-forwarded-for": "10.99.0.1" } }).gql(LOGIN, { identifier: account.username, password: account.password }))).toBe(
      "RATE_LIMITED",
    );
  });
});

describe("hostile strings are BAD_USER_INPUT and change nothing", () => {
  const hostile = { nul: "ab\u0000", loneSurrogate: "Ada \uD800", bidi: "Ada\u202Egnp.exe", zeroWidth: "Ad\u200Ba", isolate: "A\u2066da" };

  it.each(Object.entries(hostile))("a name with %s", async (_, name) => {
    const { client } = await signedInAs(t, "USER");
    const result = await client.gql(UPDATE_PROFILE, { input: { name, bio: `bio ${name}` } });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(Object.keys(result.errors![0].extensions.fields).sort()).toEqual(["bio", "name"]);
    expect((await client.ok(ME)).me).toMatchObject({ name: null, bio: null });
  });

  it("a bio keeps its line breaks", async () => {
    const { client } = await signedInAs(t, "USER");
    expect((await client.ok(UPDATE_PROFILE, { input: { bio: "line one\nline two\ttabbed" } })).updateProfile.bio).toBe("line one\nline two\ttabbed");
  });

  it.each(Object.entries(hostile))("an admin search with %s", async (_, search) => {
    const result = await admin.client.gql(USERS, { filter: { search } });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
  });

  it("a username with a NUL", async () => {
    const result = await t.client().gql(REGISTER, {
      input: { ...newAccount(), username: "ab\u0000cd" },
    });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
  });
});

describe("client addresses", () => {
  it("a forwarded value that is no IP address is not stored: the peer's address is", async () => {
    const client = t.client({ headers: { "x-forwarded-for": "<img src=x>" } });
    const account = await registerVerified(t, client);
    const { sessions } = await client.ok(SESSIONS);
    expect(sessions.map((s: { ip: string }) => s.ip)).toEqual(["127.0.0.1"]);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: account.user.id } });
    expect(audit.length).toBeGreaterThan(0);
    for (const event of audit) expect(event.ip).toBe("127.0.0.1");
  });

  it("an IPv6 address is stored in canonical form", async () => {
    const client = t.client({ headers: { "x-forwarded-for": "2001:0DB8:0000:0000:0000:0000:0000:0001" } });
    await registerVerified(t, client);
    expect((await client.ok(SESSIONS)).sessions[0].ip).toBe("2001:db8::1");
  });
});
