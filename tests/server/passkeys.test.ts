import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { enrolled } from "./mfa-fixtures.ts";
import { CHROME_LINUX, newAuthenticator, passkeySignIn, withPasskey } from "./passkeys-fixtures.ts";
import { LOGIN, ME, PASSKEYS, PASSKEY_LOGIN_OPTIONS, PASSKEY_REGISTRATION_OPTIONS, REGISTER_PASSKEY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("registering a passkey", () => {
  it("offers a discoverable, user-verified credential for our RP and keeps the verified key", async () => {
    const { client, user, email, auth, passkey } = await withPasskey(t);
    expect(passkey.name).toBe("Chrome on Linux");
    const { passkeyRegistrationOptions: options } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
    expect(options.rp).toEqual({ id: "localhost", name: "authkit" });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "preferred", userVerification: "required" });
    expect(options.attestation).toBe("none");
    expect(Buffer.from(options.user.id, "base64url").toString()).toBe(user.id);
    expect(options.excludeCredentials).toEqual([{ id: auth.id, type: "public-key", transports: ["internal", "hybrid"] }]);

    const stored = await t.db.passkey.findUniqueOrThrow({ where: { credentialId: auth.id } });
    expect(stored).toMatchObject({ userId: user.id, counter: 0n, transports: "internal,hybrid", backedUp: true, deviceType: "multiDevice", lastUsedAt: null });
    expect(Buffer.from(stored.publicKey).length).toBeGreaterThan(64);
    const { passkeys, me } = await client.ok(PASSKEYS);
    expect(me.passkeyCount).toBe(1);
    expect(passkeys).toEqual([{ id: passkey.id, name: "Chrome on Linux", createdAt: expect.any(String), lastUsedAt: null, backedUp: true }]);
    expect(await t.db.auditEvent.count({ where: { action: "passkey.added", targetId: user.id } })).toBe(1);
    const notice = await t.mail.next({ to: email, subject: /^Security notice/ });
    // the body: tests/helpers/parse-mail.ts splits folded encoded-word subjects with spaces
    expect(notice.text).toContain('A passkey ("Chrome on Linux") was added to your account.');
  });

  it("takes a name, and keeps a challenge for its own account only", async () => {
    const { client, auth } = await withPasskey(t);
    const { passkeyRegistrationOptions } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
    const other = await withPasskey(t);
    // another account's challenge does not register a passkey for this one
    const stolen = newAuthenticator(t).register(passkeyRegistrationOptions);
    expect(errorCode(await other.client.gql(REGISTER_PASSKEY, { response: stolen }))).toBe("INVALID_PASSKEY");
    const { passkeyRegistrationOptions: again } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
    const { registerPasskey } = await client.ok(REGISTER_PASSKEY, { response: newAuthenticator(t).register(again), name: "  Work laptop " });
    expect(registerPasskey.name).toBe("Work laptop");
    expect(auth.id).not.toBe(registerPasskey.id);
    expect((await client.ok(PASSKEYS)).me.passkeyCount).toBe(2);
  });
});

describe("signing in with a passkey", () => {
  it("signs in by the account's identifier: a session, the audit entry, the use recorded", async () => {
    const { username, user, auth, email } = await withPasskey(t);
    const { client, result, options } = await passkeySignIn(t, auth, username);
    expect(options.allowCredentials).toEqual([{ id: auth.id, type: "public-key", transports: ["internal", "hybrid"] }]);
    expect(options.userVerification).toBe("required");
    expect(options.rpId).toBe("localhost");
    expect(result.data?.loginWithPasskey.user.id).toBe(user.id);
    expect((await client.ok(ME)).me.id).toBe(user.id);
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in", targetId: user.id, detail: "passkey" } })).toBe(1);
    const stored = await t.db.passkey.findUniqueOrThrow({ where: { credentialId: auth.id } });
    expect(stored.counter).toBe(1n);
    expect(stored.lastUsedAt).toEqual(t.clock.now());
    // a fresh client comes from a new address: the new sign-in notice
    expect((await t.mail.next({ to: email, subject: /New sign-in/ })).text).toContain("/sessions");
  });

  it("signs in with no identifier at all (discoverable credential)", async () => {
    const { user, auth } = await withPasskey(t);
    const { client, result, options } = await passkeySignIn(t, auth);
    expect(options.allowCredentials).toEqual([]);
    expect(result.data?.loginWithPasskey.user.id).toBe(user.id);
    expect((await client.ok(ME)).me.id).toBe(user.id);
  });

  it("signs an MFA account in directly, and MFA_REQUIRED lists PASSKEY once the account has one", async () => {
    const account = await enrolled(t, t.client({ userAgent: CHROME_LINUX }));
    const before = await t.client().gql(LOGIN, { identifier: account.email, password: account.password });
    expect(before.errors![0].extensions.methods).toEqual(["TOTP", "RECOVERY_CODE"]);
    const auth = newAuthenticator(t);
    const { passkeyRegistrationOptions } = await account.client.ok(PASSKEY_REGISTRATION_OPTIONS);
    await account.client.ok(REGISTER_PASSKEY, { response: auth.register(passkeyRegistrationOptions) });

    const after = await t.client().gql(LOGIN, { identifier: account.email, password: account.password });
    expect(errorCode(after)).toBe("MFA_REQUIRED");
    expect(after.errors![0].extensions.methods).toEqual(["TOTP", "RECOVERY_CODE", "PASSKEY"]);
    const { client, result } = await passkeySignIn(t, auth, account.email);
    expect(result.errors).toBeUndefined();
    expect((await client.ok(ME)).me.id).toBe(account.user.id);
  });

  it("answers an unknown account like a known one, with a challenge nothing can answer", async () => {
    const { username, auth } = await withPasskey(t);
    const client = t.client();
    const unknown = (await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier: "nobody-here" })).passkeyLoginOptions;
    const known = (await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier: username })).passkeyLoginOptions;
    expect(unknown.options.allowCredentials).toHaveLength(1);
    expect(unknown.options.allowCredentials[0].id).toHaveLength(known.options.allowCredentials[0].id.length);
    expect(unknown.challengeId).toHaveLength(known.challengeId.length);
    // the same made-up credential every time: asking twice tells nothing either
    expect((await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier: "NOBODY-here" })).passkeyLoginOptions.options.allowCredentials).toEqual(unknown.options.allowCredentials);
    const { result } = await passkeySignIn(t, auth, "nobody-here");
    expect(errorCode(result)).toBe("INVALID_PASSKEY");
  });
});
