// Pre-registration hijack (contract: "Nobody who does not control an address…"): an attacker
// registers someone else's address first; whatever the owner then does, the attacker's
// password never works on the verified account, and the owner's normal flow still does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount } from "../helpers/accounts.ts";
import { LOGIN, ME, REGISTER, RESEND, VERIFY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

/** The attacker registers the victim's address with a password of his own. */
async function attackerRegisters() {
  const victim = newAccount("victim");
  const attacker = { ...newAccount("squatter"), email: victim.email };
  await t.client().ok(REGISTER, { input: attacker });
  const squatterCode = await t.mail.otpFor(victim.email);
  return { victim, attacker, squatterCode };
}

const past60s = () => t.clock.advance(61_000);

describe("pre-registration hijack", () => {
  it("the owner's register replaces the pending registration instead of answering CONFLICT", async () => {
    const { victim, attacker, squatterCode } = await attackerRegisters();
    const owner = t.client();
    await owner.ok(REGISTER, { input: victim });
    const code = await t.mail.otpFor(victim.email);
    // the code the attacker's registration sent died with it
    expect(errorCode(await t.client().gql(VERIFY, { email: victim.email, code: squatterCode }))).toBe("INVALID_OTP");
    await owner.ok(VERIFY, { email: victim.email, code });
    expect(errorCode(await t.client().gql(LOGIN, { identifier: victim.email, password: attacker.password }))).toBe("INVALID_CREDENTIALS");
    expect(errorCode(await t.client().gql(LOGIN, { identifier: attacker.username, password: attacker.password }))).toBe("INVALID_CREDENTIALS");
    await t.client().ok(LOGIN, { identifier: victim.email, password: victim.password });
    const replaced = await t.db.auditEvent.findFirst({ where: { action: "auth.registration_replaced", detail: victim.email } });
    expect(replaced).not.toBeNull();
  });

  it("verifying by a code resent to the owner leaves no password working, and mails the owner a reset link", async () => {
    const { victim, attacker } = await attackerRegisters();
    await past60s();
    const owner = t.client();
    await owner.ok(RESEND, { email: victim.email });
    const code = await t.mail.otpFor(victim.email);
    await owner.ok(VERIFY, { email: victim.email, code });
    expect((await owner.ok(ME)).me.emailVerified).toBe(true);
    expect(errorCode(await t.client().gql(LOGIN, { identifier: victim.email, password: attacker.password }))).toBe("INVALID_CREDENTIALS");
    expect(await t.mail.resetTokenFor(victim.email)).toMatch(/^[\w-]{43}$/);
  });

  it("a verified address is still CONFLICT", async () => {
    const owner = newAccount("owner");
    const client = t.client();
    await client.ok(REGISTER, { input: owner });
    await client.ok(VERIFY, { email: owner.email, code: await t.mail.otpFor(owner.email) });
    const again = await t.client().gql(REGISTER, { input: { ...newAccount("late"), email: owner.email } });
    expect(errorCode(again)).toBe("CONFLICT");
    await t.client().ok(LOGIN, { identifier: owner.email, password: owner.password });
  });
});

describe("the owner's own flow keeps the password", () => {
  it("register, resend (the registration's cookie), verify: the password signs in", async () => {
    const account = newAccount("resender");
    const client = t.client();
    await client.ok(REGISTER, { input: account });
    await t.mail.otpFor(account.email);
    expect([...client.cookies.keys()]).toContain("registration_key");
    await past60s();
    await client.ok(RESEND, { email: account.email });
    await client.ok(VERIFY, { email: account.email, code: await t.mail.otpFor(account.email) });
    expect([...client.cookies.keys()]).not.toContain("registration_key");
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
  });

  it("a client without cookies passes the registrationKey it was given to resendOtp", async () => {
    const account = newAccount("service");
    const { register } = await t.client().ok(REGISTER, { input: account });
    expect(register.registrationKey).toMatch(/^[\w-]{43}$/);
    await t.mail.otpFor(account.email);
    await past60s();
    await t.client().ok(RESEND, { email: account.email, registrationKey: register.registrationKey });
    await t.client().ok(VERIFY, { email: account.email, code: await t.mail.otpFor(account.email) });
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
  });

  it("a wrong registrationKey marks nothing", async () => {
    const account = newAccount("wrongkey");
    await t.client().ok(REGISTER, { input: account });
    await t.mail.otpFor(account.email);
    await past60s();
    await t.client().ok(RESEND, { email: account.email, registrationKey: "x".repeat(43) });
    await t.client().ok(VERIFY, { email: account.email, code: await t.mail.otpFor(account.email) });
    expect(errorCode(await t.client().gql(LOGIN, { identifier: account.email, password: account.password }))).toBe("INVALID_CREDENTIALS");
  });
});
