// Common passwords are refused wherever a password is set (registration, change, reset), with a
// field message; an account that already has one still signs in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { hashPassword } from "../../server/src/lib/password.ts";
import { LOGIN, REGISTER, REQUEST_RESET, RESET_PASSWORD, UPDATE_PROFILE } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const commonMessage = /most common/;

describe("common passwords", () => {
  it.each(["password1", "Iloveyou1", "qwerty123", "baseball"])("register refuses %s", async (password) => {
    const account = { ...newAccount(), password };
    const result = await t.client().gql(REGISTER, { input: account });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions.fields.password).toMatch(commonMessage);
    expect(await t.db.user.count({ where: { email: account.email } })).toBe(0);
  });

  it("a password change refuses one", async () => {
    const client = t.client();
    const account = await registerVerified(t, client);
    const result = await client.gql(UPDATE_PROFILE, { input: { password: "sunshine1", currentPassword: account.password } });
    expect(result.errors![0].extensions.fields.password).toMatch(commonMessage);
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
  });

  it("a reset refuses one and keeps the link usable", async () => {
    const account = await registerVerified(t, t.client());
    await t.client().ok(REQUEST_RESET, { email: account.email });
    const token = await t.mail.resetTokenFor(account.email);
    const result = await t.client().gql(RESET_PASSWORD, { token, newPassword: "football1" });
    expect(result.errors![0].extensions.fields.newPassword).toMatch(commonMessage);
    await t.client().ok(RESET_PASSWORD, { token, newPassword: "an-uncommon-long-one" });
  });

  it("an account that already has a common password still signs in", async () => {
    const account = await registerVerified(t, t.client());
    await t.db.user.update({ where: { id: account.user.id }, data: { passwordHash: await hashPassword("password1") } });
    await t.client().ok(LOGIN, { identifier: account.email, password: "password1" });
  });
});
