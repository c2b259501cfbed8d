import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAuthenticator, passkeySignIn, withPasskey } from "./passkeys-fixtures.ts";
import { DELETE_PASSKEY, PASSKEYS, PASSKEY_REGISTRATION_OPTIONS, REGISTER_PASSKEY, RENAME_PASSKEY } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("managing passkeys", () => {
  it("renames the viewer's own passkey only, with a valid name", async () => {
    const { client, passkey } = await withPasskey(t);
    const other = await withPasskey(t);
    const { renamePasskey } = await client.ok(RENAME_PASSKEY, { id: passkey.id, name: " Phone " });
    expect(renamePasskey).toMatchObject({ id: passkey.id, name: "Phone" });
    expect((await client.ok(PASSKEYS)).passkeys[0].name).toBe("Phone");
    for (const name of ["", "x".repeat(65), "bad\u202Ename"]) {
      expect(errorCode(await client.gql(RENAME_PASSKEY, { id: passkey.id, name }))).toBe("BAD_USER_INPUT");
    }
    expect(errorCode(await other.client.gql(RENAME_PASSKEY, { id: passkey.id, name: "Mine now" }))).toBe("NOT_FOUND");
    expect((await client.ok(PASSKEYS)).passkeys[0].name).toBe("Phone");
  });

  it("removes a passkey: it no longer signs in; audited and mailed; someone else's is NOT_FOUND", async () => {
    const { client, passkey, auth, user, email, username } = await withPasskey(t);
    const other = await withPasskey(t);
    expect(errorCode(await other.client.gql(DELETE_PASSKEY, { id: passkey.id }))).toBe("NOT_FOUND");
    expect((await client.ok(DELETE_PASSKEY, { id: passkey.id })).deletePasskey).toBe(true);
    expect(await client.ok(PASSKEYS)).toEqual({ passkeys: [], me: { passkeyCount: 0 } });
    expect(errorCode(await client.gql(DELETE_PASSKEY, { id: passkey.id }))).toBe("NOT_FOUND");
    expect(await t.db.auditEvent.count({ where: { action: "passkey.removed", targetId: user.id, detail: "Chrome on Linux" } })).toBe(1);
    await t.mail.next({ to: email, subject: /^Security notice/ }); // the one for adding it
    expect((await t.mail.next({ to: email, subject: /^Security notice/ })).text).toContain('A passkey ("Chrome on Linux") was removed from your account.');
    expect(errorCode((await passkeySignIn(t, auth, username)).result)).toBe("INVALID_PASSKEY");
    expect(errorCode((await passkeySignIn(t, auth)).result)).toBe("INVALID_PASSKEY");
  });

  it("keeps the last passkey of an account that has no password", async () => {
    const { client, passkey, user } = await withPasskey(t);
    const { passkeyRegistrationOptions } = await client.ok(PASSKEY_REGISTRATION_OPTIONS);
    const { registerPasskey: second } = await client.ok(REGISTER_PASSKEY, { response: newAuthenticator(t).register(passkeyRegistrationOptions) });
    // no account has lost its password through the product yet but by a dropped registration: do as it does
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: "!dropped:test" } });
    await client.ok(DELETE_PASSKEY, { id: passkey.id });
    const last = await client.gql(DELETE_PASSKEY, { id: second.id });
    expect(errorCode(last)).toBe("BAD_USER_INPUT");
    expect(last.errors![0].extensions.fields.id).toMatch(/only way to sign in/);
    expect((await client.ok(PASSKEYS)).me.passkeyCount).toBe(1);
  });

  it("needs a signed-in viewer for every passkey operation but the sign-in ones", async () => {
    const anonymous = t.client();
    for (const [query, variables] of [
      [PASSKEYS, {}],
      [PASSKEY_REGISTRATION_OPTIONS, {}],
      [REGISTER_PASSKEY, { response: {} }],
      [RENAME_PASSKEY, { id: "x", name: "y" }],
      [DELETE_PASSKEY, { id: "x" }],
    ] as const) {
      expect(errorCode(await anonymous.gql(query, variables))).toBe("UNAUTHENTICATED");
    }
  });
});
