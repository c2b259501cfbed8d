import { generateKeyPairSync } from "node:crypto";
import jwt from "jsonwebtoken";
import { afterAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { decodeToken, es256, hs256 } from "./jwks-forge.ts";
import { ME } from "../helpers/operations.ts";

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((t) => t.close())));
const start = async (JWT_ALGORITHM: string) => {
  const t = await startTestApp({ env: { JWT_ALGORITHM } });
  apps.push(t);
  return t;
};
const meWith = (t: TestApp, token: string) => t.client().gql(ME, undefined, { authorization: `Bearer ${token}` });
const jwksOf = async (t: TestApp) => ((await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as { keys: Record<string, string>[] }).keys;

describe("JWT_ALGORITHM", () => {
  it.each([
    ["EdDSA", { kty: "OKP", crv: "Ed25519" }],
    ["RS256", { kty: "RSA", e: "AQAB" }],
  ])("%s: tokens signed with a stored key of that kind, published in the JWKS", async (algorithm, members) => {
    const t = await start(algorithm);
    const account = await registerVerified(t, t.client());
    const [key] = await jwksOf(t);
    expect(key).toMatchObject({ ...members, alg: algorithm, use: "sig" });
    expect(decodeToken(account.accessToken).header).toEqual({ alg: algorithm, typ: "at+jwt", kid: key.kid });
    expect((await meWith(t, account.accessToken)).data.me.id).toBe(account.user.id);
  });

  it("HS256, for compatibility only: signed with JWT_SECRET, nothing stored or published, other algorithms refused", async () => {
    const t = await start("HS256");
    const account = await registerVerified(t, t.client());
    const { header, payload } = decodeToken(account.accessToken);
    expect(header).toEqual({ alg: "HS256", typ: "at+jwt", kid: expect.stringMatching(/^hs256-/) });
    expect(jwt.verify(account.accessToken, t.config.jwtSecret, { algorithms: ["HS256"], issuer: "authkit", audience: "authkit" })).toMatchObject({ sub: account.user.id });
    expect((await meWith(t, account.accessToken)).data.me.id).toBe(account.user.id);
    expect(await jwksOf(t)).toEqual([]);
    expect(await t.db.signingKey.count()).toBe(0);
    const stranger = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    for (const forged of [
      hs256(header, payload, "not-the-secret"),
      es256({ ...header, alg: "ES256" }, payload, stranger),
      hs256({ ...header, alg: "none" }, payload, t.config.jwtSecret),
    ]) {
      const result = await meWith(t, forged);
      expect([errorCode(result), result.errors?.[0]?.extensions.reason]).toEqual(["UNAUTHENTICATED", "INVALID"]);
    }
  });
});
