import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { LOGIN, ME, REGISTER } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("login", () => {
  it("signs in by email or by username, in any case", async () => {
    const account = await registerVerified(t, t.client());
    for (const identifier of [account.email, account.email.toUpperCase(), account.username, account.username.toUpperCase()]) {
      const client = t.client();
      const { login } = await client.ok(LOGIN, { identifier, password: account.password });
      expect(login.user.id).toBe(account.user.id);
      expect(login.user.lastLoginAt).not.toBeNull();
      expect((await client.ok(ME)).me.id).toBe(account.user.id);
    }
  });

  it("gives one error for an unknown user and a wrong password, and audits both", async () => {
    const account = await registerVerified(t, t.client());
    const unknown = await t.client().gql(LOGIN, { identifier: "nobody_here", password: account.password });
    const wrong = await t.client().gql(LOGIN, { identifier: account.username, password: "wrong-password" });
    expect(errorCode(unknown)).toBe("INVALID_CREDENTIALS");
    expect(errorCode(wrong)).toBe("INVALID_CREDENTIALS");
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(unknown.errors![0].extensions).toEqual(wrong.errors![0].extensions);
    const failures = await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    expect(failures.map((f) => f.targetId)).toContain(account.user.id);
    expect(failures.some((f) => f.targetId === null)).toBe(true);
  });

  it("stores a password kept with weaker parameters at today's on the next sign-in", async () => {
    const account = await registerVerified(t, t.client());
    // argon2id at m=4 MiB, t=3 (made by the `argon2` package) for "correct horse battery"
    const weaker = "$argon2id$v=19$m=4096,t=3,p=1$LNHPJT0LMgDHK/vf1Zvazg$5oiT5hSn+rNw8VvrkDBjvYo04ekN9sNthQasKFrUphU";
    await t.db.user.update({ where: { id: account.user.id }, data: { passwordHash: weaker } });
    await t.client().ok(LOGIN, { identifier: account.email, password: "correct horse battery" });
    const { passwordHash } = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await t.client().ok(LOGIN, { identifier: account.email, password: "correct horse battery" });
  });

  it("refuses an unverified account after the right password only", async () => {
    const account = newAccount();
    await t.client().ok(REGISTER, { input: account });
    expect(errorCode(await t.client().gql(LOGIN, { identifier: account.email, password: account.password }))).toBe("EMAIL_NOT_VERIFIED");
    expect(errorCode(await t.client().gql(LOGIN, { identifier: account.email, password: "not-the-password" }))).toBe("INVALID_CREDENTIALS");
  });

  it("refuses a disabled account", async () => {
    const account = await registerVerified(t, t.client());
    await t.db.user.update({ where: { id: account.user.id }, data: { disabled: true } });
    expect(errorCode(await t.client().gql(LOGIN, { identifier: account.username, password: account.password }))).toBe("ACCOUNT_DISABLED");
  });

  it("sets HttpOnly, SameSite=Lax, Path=/ cookies, and no-store", async () => {
    const account = await registerVerified(t, t.client());
    const result = await t.client().gql(LOGIN, { identifier: account.username, password: account.password });
    const cookies = result.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^(access_token|refresh_token)=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/); // not in development; production adds it (see cookies.test.ts)
    }
    expect(result.headers.get("cache-control")).toBe("no-store");
  });

  it("hands the refresh token in the body to non-browser clients only", async () => {
    const account = await registerVerified(t, t.client());
    const service = await t.client().ok(LOGIN, { identifier: account.username, password: account.password });
    expect(service.login.refreshToken).toMatch(/^[\w-]{43}$/);
    const browser = await t.client({ headers: { origin: t.config.webOrigin } }).ok(LOGIN, { identifier: account.username, password: account.password });
    expect(browser.login.refreshToken).toBeNull();
  });
});
