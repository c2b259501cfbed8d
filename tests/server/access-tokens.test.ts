import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { accessTokenSettings } from "../../server/src/keys/signing-keys.ts";
import { es256 } from "./jwks-forge.ts";
import { LOGOUT, ME, SESSIONS } from "../helpers/operations.ts";

let t: TestApp;
let account: Awaited<ReturnType<typeof registerVerified>>;
beforeAll(async () => {
  t = await startTestApp();
  account = await registerVerified(t, t.client());
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const claims = () => jwt.decode(account.accessToken) as jwt.JwtPayload;
const reasonFor = async (token: string, query = SESSIONS) => {
  const result = await t.client().gql(query, undefined, bearer(token));
  return [errorCode(result), result.errors?.[0]?.extensions.reason];
};

describe("access tokens", () => {
  it("work as Bearer tokens for other services", async () => {
    expect((await t.client().ok(ME, undefined, bearer(account.accessToken))).me.id).toBe(account.user.id);
  });

  it("are ES256 JWTs typed at+jwt, with a kid, issuer, audience, subject and session", () => {
    const decoded = jwt.decode(account.accessToken, { complete: true })!;
    expect(decoded.header).toEqual({ alg: "ES256", typ: "at+jwt", kid: expect.any(String) });
    expect(decoded.payload).toMatchObject({ sub: account.user.id, iss: "authkit", aud: "authkit", sid: expect.any(String) });
    const payload = decoded.payload as jwt.JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(15 * 60);
  });

  it("MISSING without credentials; me is then null rather than an error", async () => {
    const anonymous = await t.client().gql(SESSIONS);
    expect([errorCode(anonymous), anonymous.errors![0].extensions.reason]).toEqual(["UNAUTHENTICATED", "MISSING"]);
    expect((await t.client().ok(ME)).me).toBeNull();
  });

  it("EXPIRED after 15 minutes, on me as on any guarded field", async () => {
    const client = t.client();
    const fresh = await registerVerified(t, client);
    t.clock.advance(15 * 60_000 + 1000);
    expect(await reasonFor(fresh.accessToken)).toEqual(["UNAUTHENTICATED", "EXPIRED"]);
    expect(await reasonFor(fresh.accessToken, ME)).toEqual(["UNAUTHENTICATED", "EXPIRED"]);
    t.clock.advance(-(15 * 60_000 + 1000));
  });

  it("INVALID when signed with another secret", async () => {
    const forged = jwt.sign({ ...claims() }, "not-the-secret", { algorithm: "HS256", header: { alg: "HS256", typ: "at+jwt" } });
    expect(await reasonFor(forged)).toEqual(["UNAUTHENTICATED", "INVALID"]);
  });

  it("INVALID with alg none", async () => {
    const none = jwt.sign({ ...claims() }, "", { algorithm: "none" as jwt.Algorithm, header: { alg: "none", typ: "at+jwt" } });
    expect(await reasonFor(none)).toEqual(["UNAUTHENTICATED", "INVALID"]);
  });

  it("INVALID with another algorithm, type, issuer or audience, even with the right key", async () => {
    const { signing } = (await accessTokenSettings(t.app.deps, t.clock.now())).keys;
    const header = { alg: "ES256", typ: "at+jwt", kid: signing.kid };
    const base = claims();
    const variants = [
      jwt.sign(base, t.config.jwtSecret, { algorithm: "HS256", header: { ...header, alg: "HS256" } }),
      es256({ ...header, typ: "JWT" }, base, signing.key),
      es256(header, { ...base, iss: "someone-else" }, signing.key),
      es256(header, { ...base, aud: "another-api" }, signing.key),
    ];
    expect((await reasonFor(es256(header, base, signing.key)))[0]).toBeUndefined(); // the control: it is the claims that fail
    for (const token of variants) expect(await reasonFor(token)).toEqual(["UNAUTHENTICATED", "INVALID"]);
  });

  it("INVALID for garbage and for an empty Bearer header", async () => {
    expect(await reasonFor("not.a.jwt")).toEqual(["UNAUTHENTICATED", "INVALID"]);
    const empty = await t.client().gql(SESSIONS, undefined, { authorization: "Bearer " });
    expect(errorCode(empty)).toBe("UNAUTHENTICATED");
    expect(empty.errors![0].extensions.reason).toBe("INVALID");
  });

  it("die with their session, before they expire", async () => {
    const client = t.client();
    const fresh = await registerVerified(t, client);
    await client.ok(LOGOUT);
    expect(await reasonFor(fresh.accessToken)).toEqual(["UNAUTHENTICATED", "INVALID"]);
  });

  it("carry no role: a role change bites on the next request", async () => {
    const client = t.client();
    const fresh = await registerVerified(t, client);
    await t.db.user.update({ where: { id: fresh.user.id }, data: { role: "ADMIN" } });
    expect((await client.ok(ME)).me.role).toBe("ADMIN");
  });

  it("of a disabled account get ACCOUNT_DISABLED on guarded fields", async () => {
    const client = t.client();
    const fresh = await registerVerified(t, client);
    await t.db.user.update({ where: { id: fresh.user.id }, data: { disabled: true } });
    expect(errorCode(await client.gql(SESSIONS))).toBe("ACCOUNT_DISABLED");
  });
});

describe("cookies from other sites", () => {
  it("are ignored: a foreign Origin or a cross-site fetch counts as signed out", async () => {
    const client = t.client();
    await registerVerified(t, client);
    expect((await client.ok(ME, undefined, { origin: "https://evil.example" })).me).toBeNull();
    expect((await client.ok(ME, undefined, { "sec-fetch-site": "cross-site" })).me).toBeNull();
    expect((await client.ok(ME, undefined, { origin: t.config.webOrigin })).me).not.toBeNull();
  });
});
