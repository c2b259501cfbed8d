import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../server/src/config.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { LOGIN } from "../helpers/operations.ts";

describe("production configuration", () => {
  const DATA_KEY = randomBytes(32).toString("base64");
  it("refuses to start without a JWT_SECRET, or with one under 256 bits", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATA_KEY })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", DATA_KEY, JWT_SECRET: "short-secret" })).toThrow(/256 bits/);
    expect(loadConfig({ NODE_ENV: "production", DATA_KEY, JWT_SECRET: randomBytes(32).toString("base64url") }).production).toBe(true);
  });

  it("refuses to start without a DATA_KEY of 32 bytes (base64 or hex)", () => {
    const JWT_SECRET = randomBytes(32).toString("base64url");
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET })).toThrow(/DATA_KEY is required/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET, DATA_KEY: randomBytes(16).toString("base64") })).toThrow(/DATA_KEY must be 32 bytes/);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET, DATA_KEY: randomBytes(32).toString("hex") }).dataKey).toHaveLength(32);
  });

  it("names the bad variable when the environment is invalid", () => {
    expect(() => loadConfig({ PORT: "eighty", JWT_SECRET: "x".repeat(43) })).toThrow(/PORT/);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL: "soon", JWT_SECRET: "x".repeat(43) })).toThrow(/not a duration/);
  });

  it("treats KEY= in .env as unset", () => {
    expect(loadConfig({ SMTP_URL: "", JWT_SECRET: "x".repeat(43) }).devMailbox).toBe(true);
  });
});

describe("an app in production mode", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { NODE_ENV: "production", LOG_LEVEL: "silent" } })));
  afterAll(() => t.close());

  it("sets __Host- prefixed, Secure cookies", async () => {
    const account = await registerVerified(t, t.client());
    const result = await t.client().gql(LOGIN, { identifier: account.username, password: account.password });
    const cookies = result.headers.getSetCookie();
    expect(cookies.map((c) => c.split("=")[0]).sort()).toEqual(["__Host-access_token", "__Host-refresh_token"]);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
    expect(result.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  });

  it("turns GraphiQL, introspection and the dev mailbox off", async () => {
    expect((await fetch(`${t.url}/graphiql`)).status).toBe(404);
    expect((await fetch(`${t.url}/dev/mail`)).status).toBe(404);
    const result = await t.client().gql(`{ __schema { types { name } } }`);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/introspection/i);
  });
});
