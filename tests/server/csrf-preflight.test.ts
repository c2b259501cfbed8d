import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestHeadersFor } from "../../web/src/lib/server/forward-headers.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { queryText, type GqlClient } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { UPLOAD_AVATAR } from "../helpers/operations.ts";

// The contract's preflight headers: whichever GraphQL client sends one of them, its multipart
// upload is not a CORS "simple" request (a browser preflights any custom header).
const PREFLIGHT_HEADERS: Record<string, string> = {
  "x-mercurius-operation-name": "UploadAvatar", // Mercurius' own
  "mercurius-require-preflight": "true",
  "apollo-require-preflight": "true", // apollo-upload-client
  "x-apollo-operation-name": "UploadAvatar", // Apollo Client's operation name header
  "graphql-preflight": "1", // the GraphQL over HTTP spec's proposal
};

let t: TestApp;
let client: GqlClient;
let png: Buffer;
beforeAll(async () => {
  t = await startTestApp();
  const account = await registerVerified(t, t.client());
  client = t.client({ headers: { authorization: `Bearer ${account.accessToken}` } });
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0a0" } })
    .png()
    .toBuffer();
});
afterAll(() => t.close());

function uploadForm(): FormData {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: queryText(UPLOAD_AVATAR), operationName: "UploadAvatar", variables: { file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", new Blob([png], { type: "image/png" }), "avatar.png");
  return form;
}

describe("CSRF prevention on /graphql", () => {
  for (const [name, value] of Object.entries(PREFLIGHT_HEADERS)) {
    it(`accepts a multipart upload that carries ${name}`, async () => {
      const response = await client.fetch("/graphql", { method: "POST", body: uploadForm(), headers: { [name]: value } });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expect(body.data.uploadAvatar.avatarUrl).toMatch(/^\/uploads\/avatars\/[a-f0-9]{32}\.png$/);
    });
  }

  it("still refuses simple requests: multipart, text/plain or urlencoded without a preflight header", async () => {
    const query = JSON.stringify({ query: "mutation { logoutAll }" });
    const simple: Array<[string, BodyInit, Record<string, string>]> = [
      ["multipart", uploadForm(), {}],
      ["text/plain", query, { "content-type": "text/plain" }],
      ["urlencoded", new URLSearchParams({ query: "mutation { logoutAll }" }), {}],
      ["an unknown header", uploadForm(), { "x-requested-with": "XMLHttpRequest" }],
    ];
    for (const [kind, body, headers] of simple) {
      const response = await client.fetch("/graphql", { method: "POST", body, headers });
      expect(response.status, kind).toBe(400);
      expect(await response.text(), kind).toMatch(/Cross-Site Request Forgery/);
    }
  });
});

describe("the web app's /graphql proxy", () => {
  it("forwards every preflight header to the API", () => {
    const request = new Request("http://localhost:5173/graphql", { method: "POST", headers: PREFLIGHT_HEADERS });
    const forwarded = requestHeadersFor(request);
    for (const [name, value] of Object.entries(PREFLIGHT_HEADERS)) expect(forwarded.get(name), name).toBe(value);
  });
});

describe("CORS preflight from the web app's origin", () => {
  it.each(Object.keys(PREFLIGHT_HEADERS))("lets a browser send %s", async (name) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: t.config.webOrigin, "access-control-request-method": "POST", "access-control-request-headers": `content-type,${name}` },
    });
    expect(response.status).toBe(204);
    expect(
      response.headers
        .get("access-control-allow-headers")
        ?.split(",")
        .map((h) => h.trim()),
    ).toContain(name);
  });
});
