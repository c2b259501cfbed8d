import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { buildApp } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createManualClock } from "../../server/src/lib/clock.ts";
import { signAccessToken } from "../../server/src/lib/access-token.ts";
import { accessTokenSettings } from "../../server/src/keys/signing-keys.ts";
import { rotateSigningKey } from "../../server/src/keys/rotate-signing-key.ts";
import { RELOAD_INTERVAL_MS } from "../../server/src/keys/key-lifetimes.ts";
import { decodeToken } from "./jwks-forge.ts";
import { LOGIN, ME } from "../helpers/operations.ts";
import { queryText, type Operation } from "../helpers/gql-client.ts";

const TTL_MS = 15 * 60_000;
const kidOf = (token: string) => decodeToken(token).header.kid as string;
const kidsAt = async (url: string) => ((await (await fetch(`${url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid).sort();

describe("pnpm keys:rotate on one instance", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it("makes a new current key; the old one verifies, then leaves the set one TTL (plus the reload interval) later", async () => {
    const before = await registerVerified(t, t.client());
    const oldKid = kidOf(before.accessToken);
    const oldSettings = await accessTokenSettings(t.app.deps, t.clock.now());
    const { kid: newKid } = await rotateSigningKey(t.app.deps.store, t.config, t.clock.now());

    t.clock.advance(RELOAD_INTERVAL_MS); // the instance rereads the set on its own: no restart
    const login = await t.client().ok(LOGIN, { identifier: before.username, password: before.password });
    expect(kidOf(login.login.accessToken)).toBe(newKid);
    expect((await t.client().ok(ME, undefined, { authorization: `Bearer ${before.accessToken}` })).me.id).toBe(before.user.id);
    expect(await kidsAt(t.url)).toEqual([oldKid, newKid].sort());

    t.clock.advance(TTL_MS + 1000);
    expect(await kidsAt(t.url)).toEqual([newKid]);
    // a token of the old key that would still be in date is refused: the key itself is gone
    const late = signAccessToken({ userId: before.user.id, sessionId: decodeToken(before.accessToken).payload.sid }, { ...oldSettings, ttlSeconds: 3600 }, t.clock.now());
    const refused = await t.client().gql(ME, undefined, { authorization: `Bearer ${late.token}` });
    expect(refused.errors?.[0]?.extensions.reason).toBe("INVALID");
  });
});

describe("two instances on one database", () => {
  const DATA_KEY = randomBytes(32).toString("base64");
  let t: TestApp;
  let second: FastifyInstance;
  const secondClock = createManualClock();
  const env = () => ({ NODE_ENV: "test", DATABASE_URL: t.databaseUrl, DATA_KEY, JWT_SECRET: t.config.jwtSecret, UPLOAD_DIR: t.uploadDir });
  const gqlOn = async (app: FastifyInstance, query: Operation<unknown, never>, variables?: object, token?: string) =>
    (
      await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: JSON.stringify({ query: queryText(query), variables }),
      })
    ).json();
  beforeAll(async () => {
    t = await startTestApp({ env: { DATA_KEY } });
    secondClock.set(t.clock.now());
    second = await buildApp({ config: loadConfig(env()), clock: secondClock });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it("share the keys: the second verifies the first's tokens and serves the same JWKS", async () => {
    const account = await registerVerified(t, t.client());
    expect((await gqlOn(second, ME, undefined, account.accessToken)).data.me.id).toBe(account.user.id);
    const jwks = (await second.inject({ url: "/.well-known/jwks.json" })).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual(await kidsAt(t.url));
  });

  it("see a rotation made by `pnpm keys:rotate`, without a restart", async () => {
    const account = await registerVerified(t, t.client());
    const oldKid = kidOf(account.accessToken);
    const { stdout } = await promisify(execFile)("pnpm", ["--silent", "keys:rotate"], { cwd: path.resolve(import.meta.dirname, "../.."), env: { ...process.env, ...env() } });
    const newKid = /new current signing key (\S+) \(ES256\)/.exec(stdout)?.[1];
    expect(newKid).toBeTruthy();

    t.clock.advance(RELOAD_INTERVAL_MS); // the first rereads on its interval and signs with the new key
    const login = await t.client().ok(LOGIN, { identifier: account.username, password: account.password });
    expect(kidOf(login.login.accessToken)).toBe(newKid);
    // the second's interval has not passed: the unknown kid makes it reread the set at once
    expect((await gqlOn(second, ME, undefined, login.login.accessToken)).data.me.id).toBe(account.user.id);
    expect((await gqlOn(second, ME, undefined, account.accessToken)).data.me.id).toBe(account.user.id);
    const signedBySecond = await gqlOn(second, LOGIN, { identifier: account.username, password: account.password });
    expect(kidOf(signedBySecond.data.login.accessToken)).toBe(newKid);
    expect(
      (await second.inject({ url: "/.well-known/jwks.json" }))
        .json()
        .keys.map((k: { kid: string }) => k.kid)
        .sort(),
    ).toEqual([oldKid, newKid].sort());
  }, 120_000); // a CLI process (pnpm, tsx) on a busy machine

  it("a start with another JWT_ALGORITHM makes a key of that kind; the old tokens keep verifying", async () => {
    const account = await registerVerified(t, t.client());
    const third = await buildApp({ config: loadConfig({ ...env(), JWT_ALGORITHM: "EdDSA" }), clock: createManualClock(t.clock.now()) });
    try {
      const login = await gqlOn(third, LOGIN, { identifier: account.username, password: account.password });
      expect(decodeToken(login.data.login.accessToken).header.alg).toBe("EdDSA");
      expect((await gqlOn(third, ME, undefined, account.accessToken)).data.me.id).toBe(account.user.id);
      // the second reread its set for an unknown kid less than a second ago: not again yet
      expect((await gqlOn(second, ME, undefined, login.data.login.accessToken)).data.me).toBeNull();
      secondClock.advance(1000);
      expect((await gqlOn(second, ME, undefined, login.data.login.accessToken)).data.me.id).toBe(account.user.id);
    } finally {
      await third.close();
    }
  });
});
