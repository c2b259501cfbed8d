import { createPublicKey, generateKeyPairSync, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { accessTokenSettings } from "../../server/src/keys/signing-keys.ts";
import { signingKeyOf } from "../../server/src/keys/key-material.ts";
import { signAccessToken } from "../../server/src/lib/access-token.ts";
import { decodeToken, es256, hs256, segment } from "./jwks-forge.ts";
import { ME } from "../helpers/operations.ts";

let t: TestApp;
let account: Awaited<ReturnType<typeof registerVerified>>;
beforeAll(async () => {
  t = await startTestApp();
  account = await registerVerified(t, t.client());
});
afterAll(() => t.close());

const fetchJwks = async () => {
  const response = await fetch(`${t.url}/.well-known/jwks.json`);
  return { response, body: (await response.json()) as { keys: Record<string, string>[] } };
};
const reasonFor = async (token: string) => {
  const result = await t.client().gql(ME, undefined, { authorization: `Bearer ${token}` });
  return [errorCode(result), result.errors?.[0]?.extensions.reason];
};

describe("GET /.well-known/jwks.json", () => {
  it("serves the public signing key as an RFC 7517 set, cacheable for 5 minutes, without private members", async () => {
    const { response, body } = await fetchJwks();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toEqual({ kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: "ES256", use: "sig" });
  });
});

describe("ES256 access tokens", () => {
  it("carry the JWKS key's kid, typed at+jwt, with issuer, audience, subject and session", async () => {
    const { header, payload } = decodeToken(account.accessToken);
    const [key] = (await fetchJwks()).body.keys;
    expect(header).toEqual({ alg: "ES256", typ: "at+jwt", kid: key.kid });
    expect(payload).toMatchObject({ sub: account.user.id, iss: "authkit", aud: "authkit", sid: expect.any(String) });
    expect(payload.exp - payload.iat).toBe(15 * 60);
    expect((await t.client().ok(ME, undefined, { authorization: `Bearer ${account.accessToken}` })).me.id).toBe(account.user.id);
  });

  it("refuse every forgery: alg none, HS256 keyed with the public key, unknown kid, another key, issuer, audience or type, a changed payload", async () => {
    const { header, payload } = decodeToken(account.accessToken);
    const [jwk] = (await fetchJwks()).body.keys;
    const publicPem = createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "pem" }) as string;
    const publicDer = createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "der" });
    const stranger = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const [h, , signature] = account.accessToken.split(".");
    const forged = {
      "alg none": `${segment({ ...header, alg: "none" })}.${segment(payload)}.`,
      "alg none, signature kept": `${segment({ ...header, alg: "none" })}.${segment(payload)}.${signature}`,
      "HS256 keyed with the public PEM": hs256({ ...header, alg: "HS256" }, payload, publicPem),
      "HS256 keyed with the public DER": hs256({ ...header, alg: "HS256" }, payload, publicDer),
      "HS256 keyed with the JWK": hs256({ ...header, alg: "HS256" }, payload, JSON.stringify(jwk)),
      "HS256 keyed with JWT_SECRET": hs256({ ...header, alg: "HS256" }, payload, t.config.jwtSecret),
      "unknown kid": es256({ ...header, kid: randomBytes(12).toString("base64url") }, payload, stranger),
      "no kid": es256({ alg: "ES256", typ: "at+jwt" }, payload, stranger),
      "our kid, another key": es256(header, payload, stranger),
      "a changed payload": `${h}.${segment({ ...payload, sub: "someone-else" })}.${signature}`,
      garbage: "not.a.jwt",
    };
    for (const [name, token] of Object.entries(forged)) expect([name, ...(await reasonFor(token))]).toEqual([name, "UNAUTHENTICATED", "INVALID"]);
  });

  it("signed with our own key are refused for another issuer, audience or type", async () => {
    const settings = await accessTokenSettings(t.app.deps, t.clock.now());
    const claims = { userId: account.user.id, sessionId: decodeToken(account.accessToken).payload.sid };
    for (const other of [{ issuer: "someone-else" }, { audience: "another-api" }]) {
      const { token } = signAccessToken(claims, { ...settings, ...other }, t.clock.now());
      expect(await reasonFor(token)).toEqual(["UNAUTHENTICATED", "INVALID"]);
    }
    const { header, payload } = decodeToken(signAccessToken(claims, settings, t.clock.now()).token);
    expect(await reasonFor(es256({ ...header, typ: "JWT" }, payload, settings.keys.signing.key))).toEqual(["UNAUTHENTICATED", "INVALID"]);
    expect(await reasonFor(es256(header, payload, settings.keys.signing.key))).toEqual([undefined, undefined]); // the control: same key, right claims
  });

  it("EXPIRED after 15 minutes", async () => {
    const fresh = await registerVerified(t, t.client());
    t.clock.advance(15 * 60_000 + 1000);
    expect(await reasonFor(fresh.accessToken)).toEqual(["UNAUTHENTICATED", "EXPIRED"]);
    t.clock.advance(-(15 * 60_000 + 1000));
  });
});

describe("stored signing keys", () => {
  it("keep the private half sealed under DATA_KEY: no PEM, no JWK, and no other DATA_KEY opens it", async () => {
    const [row] = await t.db.signingKey.findMany();
    expect(row.privateKeyEncrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.privateKeyEncrypted).not.toMatch(/BEGIN|PRIVATE|"d"/);
    expect(JSON.parse(row.publicJwk)).not.toHaveProperty("d");
    const opened = signingKeyOf(row, t.config.dataKey);
    const pkcs8 = opened.key.export({ format: "der", type: "pkcs8" });
    expect(Buffer.from(row.privateKeyEncrypted.split(".")[3], "base64url").equals(pkcs8)).toBe(false);
    expect(createPublicKey(opened.key).export({ format: "jwk" })).toMatchObject({ x: JSON.parse(row.publicJwk).x });
    expect(() => signingKeyOf(row, randomBytes(32))).toThrow(/does not open/);
    expect(() => signingKeyOf({ ...row, id: "another-kid" }, t.config.dataKey)).toThrow(/does not open/);
  });
});
