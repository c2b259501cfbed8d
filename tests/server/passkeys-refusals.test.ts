import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAuthenticator, passkeySignIn, withPasskey } from "./passkeys-fixtures.ts";
import { LOGIN_WITH_PASSKEY, ME, PASSKEY_LOGIN_OPTIONS, PASSKEY_REGISTRATION_OPTIONS, REGISTER_PASSKEY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const refused = (result: { errors?: Array<{ extensions: Record<string, unknown> }> }) => expect(errorCode(result as never)).toBe("INVALID_PASSKEY");
const failedSignIns = (userId: string) => t.db.auditEvent.count({ where: { action: "auth.sign_in_failed", targetId: userId } });

describe("a passkey sign-in is refused", () => {
  it("from another origin, or for another RP ID, or without user verification", async () => {
    const { user, auth, username } = await withPasskey(t);
    refused((await passkeySignIn(t, auth, username, { origin: "https://evil.example" })).result);
    refused((await passkeySignIn(t, auth, undefined, { origin: "http://localhost:5174" })).result);
    refused((await passkeySignIn(t, auth, username, { rpId: "evil.example" })).result);
    refused((await passkeySignIn(t, auth, username, { uv: false })).result);
    expect(await failedSignIns(user.id)).toBe(4);
    // nothing of it stuck: the passkey still signs in
    expect((await passkeySignIn(t, auth, username)).result.errors).toBeUndefined();
  });

  it("when its challenge was answered before (replay), or has expired", async () => {
    const { auth, username } = await withPasskey(t);
    const { client, challengeId, options } = await passkeySignIn(t, auth, username);
    refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: challengeId, response: auth.authenticate(options) }));

    const late = (await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier: username })).passkeyLoginOptions;
    t.clock.advance(5 * 60_000 + 1000);
    refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: late.challengeId, response: auth.authenticate(late.options) }));
    // a failed answer burns the challenge too: no second try against it
    const once = (await client.ok(PASSKEY_LOGIN_OPTIONS, { identifier: username })).passkeyLoginOptions;
    refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: once.challengeId, response: auth.authenticate(once.options, { uv: false }) }));
    refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: once.challengeId, response: auth.authenticate(once.options) }));
  });

  it("when the signature counter goes backwards: refused, audited and mailed", async () => {
    const { user, auth, username, email } = await withPasskey(t);
    expect((await passkeySignIn(t, auth, username, { counter: 5 })).result.errors).toBeUndefined();
    refused((await passkeySignIn(t, auth, username, { counter: 3 })).result);
    refused((await passkeySignIn(t, auth, undefined, { counter: 5 })).result);
    const anomalies = await t.db.auditEvent.findMany({ where: { action: "passkey.counter_anomaly", targetId: user.id } });
    expect(anomalies.map((a) => a.detail)).toEqual(["Chrome on Linux: counter 3 after 5", "Chrome on Linux: counter 5 after 5"]);
    expect((await t.mail.next({ to: email, subject: /^Security notice/ })).text).toContain("was added");
    expect((await t.mail.next({ to: email, subject: /^Security notice/ })).text).toContain(
      'A sign-in with your passkey "Chrome on Linux" was refused: the passkey may have been copied.',
    );
    expect((await t.db.passkey.findUniqueOrThrow({ where: { credentialId: auth.id } })).counter).toBe(5n);
    // a forged answer with a low counter is no anomaly: the signature is judged first
    refused((await passkeySignIn(t, auth, username, { counter: 1, signWith: generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey })).result);
    expect(await t.db.auditEvent.count({ where: { action: "passkey.counter_anomaly", targetId: user.id } })).toBe(2);
    expect((await passkeySignIn(t, auth, username, { counter: 6 })).result.errors).toBeUndefined();
  });

  it("with another account's credential, key or user handle", async () => {
    const a = await withPasskey(t);
    const b = await withPasskey(t);
    // a challenge for a's account, answered by b's passkey
    refused((await passkeySignIn(t, b.auth, a.username)).result);
    // a's credential id with a signature by b's key
    refused((await passkeySignIn(t, a.auth, undefined, { signWith: b.auth.keys.privateKey })).result);
    // a's passkey claiming to be b's
    refused((await passkeySignIn(t, a.auth, undefined, { userHandle: b.auth.userHandle })).result);
    expect(await failedSignIns(a.user.id)).toBe(2);
    expect(await failedSignIns(b.user.id)).toBe(1);
  });

  it("for a credential nobody registered, a malformed answer, or a disabled account", async () => {
    const { auth, user, username } = await withPasskey(t);
    refused((await passkeySignIn(t, newAuthenticator(t))).result);
    const client = t.client();
    const { passkeyLoginOptions } = await client.ok(PASSKEY_LOGIN_OPTIONS, {});
    for (const r of [{}, "text", { id: "x", rawId: "x", type: "public-key", response: { clientDataJSON: "!!" } }]) {
      refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: passkeyLoginOptions.challengeId, response: r }));
    }
    refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: "x".repeat(500), response: auth.authenticate(passkeyLoginOptions.options) }));
    await t.db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(errorCode((await passkeySignIn(t, auth, username)).result)).toBe("ACCOUNT_DISABLED");
  });

  it("after 30 attempts from one address in 5 minutes", async () => {
    const client = t.client();
    for (let i = 0; i < 30; i++) refused(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: "nothing", response: {} }));
    expect(errorCode(await client.gql(LOGIN_WITH_PASSKEY, { challengeId: "nothing", response: {} }))).toBe("RATE_LIMITED");
  });
});

describe("a passkey registration is refused", () => {
  it("from another origin, for another RP ID, without user verification, replayed or expired", async () => {
    const { client } = await withPasskey(t);
    const attempt = async (overrides: Parameters<ReturnType<typeof newAuthenticator>["register"]>[1], advance = 0) => {
      const { passkeyRegistrationOptions } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
      t.clock.advance(advance);
      return client.gql(REGISTER_PASSKEY, { response: newAuthenticator(t).register(passkeyRegistrationOptions, overrides) });
    };
    refused(await attempt({ origin: "https://evil.example" }));
    refused(await attempt({ rpId: "evil.example" }));
    refused(await attempt({ uv: false }));
    refused(await attempt({}, 5 * 60_000 + 1000));
    const { passkeyRegistrationOptions } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
    const auth = newAuthenticator(t);
    await client.ok(REGISTER_PASSKEY, { response: auth.register(passkeyRegistrationOptions) });
    refused(await client.gql(REGISTER_PASSKEY, { response: auth.register(passkeyRegistrationOptions) }));
    refused(await client.gql(REGISTER_PASSKEY, { response: { id: "x" } }));
    expect((await client.ok(ME)).me.passkeyCount).toBe(2);
  });
});
