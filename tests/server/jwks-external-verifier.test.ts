// The README's "Verifying tokens in another service", run as written against the real,
// listening API: the JWKS comes over HTTP, and nothing is shared with the API but its URL.
import { createPublicKey } from "node:crypto";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { decodeToken, hs256 } from "./jwks-forge.ts";
import { LOGIN } from "../helpers/operations.ts";

// --- the README example (only the URL differs) ---
function authkitVerifier(apiUrl: string) {
  const jwks = createRemoteJWKSet(new URL("/.well-known/jwks.json", apiUrl));
  return async function verifyAuthkitToken(token: string) {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: "authkit",
      audience: "authkit",
      typ: "at+jwt",
      algorithms: ["ES256"], // our JWT_ALGORITHM: never what the token says
    });
    return { userId: payload.sub!, sessionId: payload.sid as string }; // exp (and nbf) checked too
  };
}
// ---

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("a service that verifies our access tokens on its own", () => {
  it("verifies a real login's token with the JWKS fetched over HTTP, no shared secret", async () => {
    const verify = authkitVerifier(t.url);
    const account = await registerVerified(t, t.client());
    const { login } = await t.client().ok(LOGIN, { identifier: account.username, password: account.password });
    await expect(verify(login.accessToken)).resolves.toEqual({ userId: account.user.id, sessionId: decodeToken(login.accessToken).payload.sid });
  });

  it("refuses a token forged with the published key as an HMAC secret, or a changed payload", async () => {
    const verify = authkitVerifier(t.url);
    const account = await registerVerified(t, t.client());
    const { header, payload } = decodeToken(account.accessToken);
    const jwks = (await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as { keys: import("node:crypto").JsonWebKey[] };
    const pem = createPublicKey({ key: jwks.keys[0], format: "jwk" }).export({ type: "spki", format: "pem" });
    await expect(verify(hs256({ ...header, alg: "HS256" }, payload, pem))).rejects.toThrow();
    const [h, , s] = account.accessToken.split(".");
    const changed = Buffer.from(JSON.stringify({ ...payload, sub: "someone-else" })).toString("base64url");
    await expect(verify(`${h}.${changed}.${s}`)).rejects.toThrow(/signature verification failed/);
  });
});
