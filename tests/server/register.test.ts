import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { REGISTER } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("register", () => {
  it("creates an unverified user, stores the email lower-cased, and mails a 6-digit code", async () => {
    const account = newAccount();
    const client = t.client();
    const { register } = await client.ok(REGISTER, { input: { ...account, email: `  ${account.email.toUpperCase()} `, name: "  Ada  " } });
    expect(register.user).toMatchObject({ username: account.username, email: account.email, name: "Ada", emailVerified: false, role: "USER", disabled: false });
    const expiresIn = new Date(register.otpExpiresAt).getTime() - t.clock.now().getTime();
    expect(expiresIn).toBe(10 * 60_000);
    const mail = await t.mail.next({ to: account.email });
    expect(mail.subject).toMatch(/^\d{6} is your verification code$/);
    expect(mail.text).toContain(mail.subject.slice(0, 6));
    expect(mail.html).toContain(mail.subject.slice(0, 6));
    // the password is stored only as an argon2id hash, the code only as a keyed hash
    const row = await t.db.user.findUniqueOrThrow({ where: { email: account.email }, include: { otps: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.otps[0].codeHash).not.toContain(mail.subject.slice(0, 6));
  });

  it("reports each invalid field and writes nothing", async () => {
    const before = await t.db.user.count();
    const result = await t.client().gql(REGISTER, { input: { username: "1x", email: "not-an-email", password: "short" } });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields).toEqual({
      username: expect.any(String),
      email: "Enter a valid email address.",
      password: "Use at least 8 characters.",
    });
    expect(await t.db.user.count()).toBe(before);
  });

  it("refuses a password equal to the username or the email", async () => {
    const account = newAccount();
    const sameAsUser = await t.client().gql(REGISTER, { input: { ...account, password: account.username.toUpperCase() + "" } });
    expect(errorCode(sameAsUser)).toBe("BAD_USER_INPUT");
    const sameAsEmail = await t.client().gql(REGISTER, { input: { ...account, password: account.email } });
    expect(sameAsEmail.errors![0].extensions.fields).toHaveProperty("password");
  });

  it("refuses usernames that break the rules", async () => {
    for (const username of ["ab", "a".repeat(31), "_alice", "al ice", "alicé"]) {
      const result = await t.client().gql(REGISTER, { input: { ...newAccount(), username } });
      expect(result.errors![0].extensions.fields, username).toHaveProperty("username");
    }
  });

  it("reports a taken username or email as CONFLICT, without regard to case", async () => {
    const taken = newAccount();
    await registerVerified(t, t.client(), taken);
    const sameName = await t.client().gql(REGISTER, { input: { ...newAccount(), username: taken.username.toUpperCase() } });
    expect(errorCode(sameName)).toBe("CONFLICT");
    expect(sameName.errors![0].extensions.fields).toEqual({ username: "That username is taken." });
    const sameEmail = await t.client().gql(REGISTER, { input: { ...newAccount(), email: taken.email.toUpperCase() } });
    expect(errorCode(sameEmail)).toBe("CONFLICT");
    expect(sameEmail.errors![0].extensions.fields).toEqual({ email: "That email is already registered." });
  });

  it("lets exactly one of two simultaneous registrations of one name through", async () => {
    const account = newAccount();
    const results = await Promise.all([t.client().gql(REGISTER, { input: account }), t.client().gql(REGISTER, { input: { ...newAccount(), username: account.username } })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(["CONFLICT"]);
    expect(await t.db.user.count({ where: { usernameKey: account.username.toLowerCase() } })).toBe(1);
  });

  it("answers GraphQL errors with HTTP 200 and no stack trace", async () => {
    const result = await t.client().gql(REGISTER, { input: { username: "x" } });
    expect(result.status).toBe(200);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors)).not.toMatch(/stack|at .*\.ts/);
  });
});
