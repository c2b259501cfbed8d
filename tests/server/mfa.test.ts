import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { totpCode } from "../helpers/totp.ts";
import { decryptWithDataKey } from "../../server/src/lib/data-key.ts";
import { enrolled, mfaToken, nextCode } from "./mfa-fixtures.ts";
import { CONFIRM_TOTP, DISABLE_MFA, LOGIN, ME, REGENERATE_CODES, START_TOTP, VERIFY_MFA } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("enrolment", () => {
  it("needs the password, shows a QR code and the secret, and is on only once a code confirms it", async () => {
    const client = t.client();
    const account = await registerVerified(t, client);
    expect(errorCode(await client.gql(START_TOTP, { currentPassword: "not-the-password" }))).toBe("INVALID_CREDENTIALS");
    const { startTotpEnrollment } = await client.ok(START_TOTP, { currentPassword: account.password });
    const { secret, otpauthUrl, qrCodeSvg } = startTotpEnrollment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toBe(`otpauth://totp/authkit:${encodeURIComponent(account.email)}?secret=${secret}&issuer=authkit`);
    expect(qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((await client.ok(ME)).me.mfaEnabled).toBe(false);

    expect(errorCode(await client.gql(CONFIRM_TOTP, { code: "000000" }))).toBe("INVALID_MFA_CODE");
    const { confirmTotpEnrollment } = await client.ok(CONFIRM_TOTP, { code: totpCode(secret, t.clock.now()) });
    expect(confirmTotpEnrollment.codes).toHaveLength(10);
    expect(new Set(confirmTotpEnrollment.codes).size).toBe(10);
    for (const code of confirmTotpEnrollment.codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await client.ok(ME)).me.mfaEnabled).toBe(true);
    expect((await t.mail.next({ to: account.email, subject: /turned on/ })).subject).toMatch(/Security notice/);
    expect(await t.db.auditEvent.count({ where: { action: "mfa.enabled", targetId: account.user.id } })).toBe(1);
  });

  it("keeps the secret encrypted and the recovery codes only as hashes", async () => {
    const { user, secret, recoveryCodes } = await enrolled(t);
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).toBeTruthy();
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpSecret).not.toContain(Buffer.from(secret).toString("base64"));
    // AES-256-GCM under DATA_KEY, bound to this user
    expect(decryptWithDataKey(t.config.dataKey, stored.totpSecret!, `totp:${user.id}`).toString()).toBe(secret);
    expect(() => decryptWithDataKey(t.config.dataKey, stored.totpSecret!, "totp:someone-else")).toThrow();
    const hashes = (await t.db.recoveryCode.findMany({ where: { userId: user.id } })).map((row) => row.codeHash);
    expect(hashes).toHaveLength(10);
    for (const code of recoveryCodes) expect(hashes.join()).not.toContain(code.replace(/-/g, ""));
  });
});

describe("sign-in with a second factor", () => {
  it("the password alone answers MFA_REQUIRED with a token and no session; the code signs in", async () => {
    const { email, password, secret } = await enrolled(t);
    const fresh = t.client();
    const result = await fresh.gql(LOGIN, { identifier: email, password });
    expect(errorCode(result)).toBe("MFA_REQUIRED");
    expect(result.errors![0].extensions.methods).toEqual(["TOTP", "RECOVERY_CODE"]);
    expect(result.errors![0].extensions.mfaToken).toMatch(/^[\w-]{43}$/);
    expect(fresh.cookies.size).toBe(0);
    const { verifyMfa } = await fresh.ok(VERIFY_MFA, { mfaToken: result.errors![0].extensions.mfaToken, code: nextCode(t, secret) });
    expect(verifyMfa.recoveryCodesLeft).toBeNull();
    expect((await fresh.ok(ME)).me.email).toBe(email);
  });

  it("refuses a code used before (replay), allows one step of drift, and refuses two", async () => {
    const { email, password, secret } = await enrolled(t);
    const code = nextCode(t, secret);
    await t.client().ok(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code });
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code }))).toBe("INVALID_MFA_CODE");
    t.clock.advance(60_000);
    // the authenticator runs 30 s slow: still accepted
    const slow = totpCode(secret, new Date(t.clock.now().getTime() - 30_000));
    await t.client().ok(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: slow });
    t.clock.advance(90_000);
    const tooSlow = totpCode(secret, new Date(t.clock.now().getTime() - 60_000));
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: tooSlow }))).toBe("INVALID_MFA_CODE");
  });

  it("counts wrong codes down and burns the token after five", async () => {
    const { email, password, secret } = await enrolled(t);
    const token = await mfaToken(t, t.client(), email, password);
    for (const left of [4, 3, 2, 1]) {
      const wrong = await t.client().gql(VERIFY_MFA, { mfaToken: token, code: "000000" });
      expect(errorCode(wrong)).toBe("INVALID_MFA_CODE");
      expect(wrong.errors![0].extensions.attemptsLeft).toBe(left);
    }
    expect((await t.client().gql(VERIFY_MFA, { mfaToken: token, code: "000000" })).errors![0].extensions.attemptsLeft).toBeUndefined();
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: token, code: nextCode(t, secret) }))).toBe("INVALID_MFA_CODE");
  });

  it("counts wrong codes against the account's sign-in limit", async () => {
    const { email, password } = await enrolled(t);
    const client = t.client();
    // 10 attempts per account and address: two logins and eight wrong codes
    for (let round = 0; round < 2; round++) {
      const token = await mfaToken(t, client, email, password);
      for (let i = 0; i < 4; i++) expect(errorCode(await client.gql(VERIFY_MFA, { mfaToken: token, code: "000000" }))).toBe("INVALID_MFA_CODE");
    }
    expect(errorCode(await client.gql(LOGIN, { identifier: email, password }))).toBe("RATE_LIMITED");
  });

  it("a token expires after 5 minutes and works once", async () => {
    const { email, password, secret } = await enrolled(t);
    const token = await mfaToken(t, t.client(), email, password);
    t.clock.advance(5 * 60_000 + 1);
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: token, code: totpCode(secret, t.clock.now()) }))).toBe("INVALID_MFA_CODE");
    const second = await mfaToken(t, t.client(), email, password);
    await t.client().ok(VERIFY_MFA, { mfaToken: second, code: nextCode(t, secret) });
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: second, code: nextCode(t, secret) }))).toBe("INVALID_MFA_CODE");
  });
});

describe("recovery codes", () => {
  it("each signs in once, says how many are left, mails a notice and warns when few remain", async () => {
    const { email, password, recoveryCodes, user } = await enrolled(t);
    const first = await t.client().ok(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: recoveryCodes[0].toUpperCase() });
    expect(first.verifyMfa.recoveryCodesLeft).toBe(9);
    expect((await t.mail.next({ to: email, subject: /recovery code was used/ })).subject).not.toMatch(/only/);
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: recoveryCodes[0] }))).toBe("INVALID_MFA_CODE");
    for (const code of recoveryCodes.slice(1, 7)) await t.client().ok(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code });
    expect((await t.mail.next({ to: email, subject: /only 3 are left/ })).subject).toMatch(/recovery code/);
    expect(await t.db.auditEvent.count({ where: { action: "mfa.recovery_code_used", targetId: user.id } })).toBe(7);
  });

  it("regenerating needs a TOTP code and kills the old codes", async () => {
    const { client, secret, recoveryCodes, email, password } = await enrolled(t);
    expect(errorCode(await client.gql(REGENERATE_CODES, { code: recoveryCodes[0] }))).toBe("INVALID_MFA_CODE");
    const { regenerateRecoveryCodes } = await client.ok(REGENERATE_CODES, { code: nextCode(t, secret) });
    expect(regenerateRecoveryCodes.codes).toHaveLength(10);
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: recoveryCodes[1] }))).toBe("INVALID_MFA_CODE");
    await t.client().ok(VERIFY_MFA, { mfaToken: await mfaToken(t, t.client(), email, password), code: regenerateRecoveryCodes.codes[0] });
  });
});

describe("turning it off", () => {
  it("needs the password and a code; then the password alone signs in", async () => {
    const { client, secret, email, password } = await enrolled(t);
    expect(errorCode(await client.gql(DISABLE_MFA, { currentPassword: password, code: "000000" }))).toBe("INVALID_MFA_CODE");
    expect(errorCode(await client.gql(DISABLE_MFA, { currentPassword: "wrong-password", code: nextCode(t, secret) }))).toBe("INVALID_CREDENTIALS");
    expect((await client.ok(DISABLE_MFA, { currentPassword: password, code: nextCode(t, secret) })).disableMfa.mfaEnabled).toBe(false);
    await t.mail.next({ to: email, subject: /turned off/ });
    await t.client().ok(LOGIN, { identifier: email, password });
  });
});
