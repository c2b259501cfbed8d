import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, queryText, type GqlResponse } from "../helpers/gql-client.ts";
import { gqlAtOnce, postAtOnce } from "../helpers/at-once.ts";
import { newAccount, registerVerified } from "../helpers/accounts.ts";
import { totpCode } from "../helpers/totp.ts";
import { enrolled, mfaToken, nextCode } from "./mfa-fixtures.ts";
import { LOGIN, LOGOUT_ALL, ME, REGISTER, VERIFY, VERIFY_MFA } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const post = (body: string | Uint8Array, headers: Record<string, string>) => fetch(`${t.url}/graphql`, { method: "POST", body, headers });

/** `n` calls from as many addresses, reaching the API together (a race between them, if there is one to lose) */
const guessesAtOnce = async (n: number, query: string, variables: Record<string, unknown>) =>
  (await postAtOnce(Array.from({ length: n }, () => gqlAtOnce(t.url, queryText(query), variables, { "x-forwarded-for": t.client().ip })))).map(
    (response) => JSON.parse(response.body) as GqlResponse,
  );

const aliased = (field: (i: number) => string, n: number) => `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(" ")} }`;

describe("brute force through aliases", () => {
  it("refuses 50 aliased logins before any runs", async () => {
    const account = await registerVerified(t, t.client());
    const before = await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed" } });
    const result = await t.client().gql(aliased(() => `login(identifier: "${account.username}", password: "guess") { accessToken }`, 50));
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.data).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBe(before);
  });

  it("gives a dozen aliased wrong logins one password check: the first failure ends the mutation", async () => {
    const account = await registerVerified(t, t.client());
    const result = await t.client().gql(aliased(() => `login(identifier: "${account.username}", password: "guess") { accessToken }`, 12));
    expect(result.errors!.map((e) => e.extensions.code)).toEqual(["INVALID_CREDENTIALS"]);
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed", targetId: account.user.id } })).toBe(1);
  });

  it("counts every aliased login that runs as an attempt", async () => {
    const account = await registerVerified(t, t.client());
    const client = t.client();
    const result = await client.gql(aliased(() => `login(identifier: "${account.username}", password: "${account.password}") { accessToken }`, 12));
    expect(Object.keys(result.data ?? {})).toHaveLength(12);
    // 12 of the 30 attempts this address may make in 5 minutes are spent
    const more = [];
    for (let i = 0; i < 19; i++) more.push(errorCode(await client.gql(LOGIN, { identifier: `nobody${i}`, password: "guess" })));
    expect(more.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(18);
    expect(more.at(-1)).toBe("RATE_LIMITED");
    t.clock.advance(5 * 60_000 + 1000);
  });

  it("allows ten wrong passwords per account and address, then RATE_LIMITED with retryAfter", async () => {
    const account = await registerVerified(t, t.client());
    const attacker = t.client();
    const codes = [];
    let limited;
    for (let i = 0; i < 12; i++) {
      const result = await attacker.gql(LOGIN, { identifier: account.username, password: "guess" });
      codes.push(errorCode(result));
      if (errorCode(result) === "RATE_LIMITED") limited = result.errors![0];
    }
    expect(codes).toEqual([...Array(10).fill("INVALID_CREDENTIALS"), "RATE_LIMITED", "RATE_LIMITED"]);
    limited = limited!;
    expect(limited.extensions.retryAfter).toBeGreaterThan(0);
    expect(limited.extensions.retryAfter).toBeLessThanOrEqual(15 * 60);
    const checks = await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed", targetId: account.user.id } });
    expect(checks).toBe(10);
    // the owner, from their own address, is not locked out
    expect((await t.client().ok(LOGIN, { identifier: account.username, password: account.password })).login.user.id).toBe(account.user.id);
    // and the attacker's window ends by itself
    t.clock.advance(15 * 60_000 + 1000);
    expect(errorCode(await attacker.gql(LOGIN, { identifier: account.username, password: "guess" }))).toBe("INVALID_CREDENTIALS");
  });

  it("stops an OTP brute force: five wrong codes burn it, and the address is then rate limited", async () => {
    const account = newAccount();
    const client = t.client();
    await client.ok(REGISTER, { input: account });
    const code = await t.mail.otpFor(account.email);
    const guess = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
    const codes = [];
    for (let i = 0; i < 16; i++) codes.push(errorCode(await t.client().gql(VERIFY, { email: account.email, code: i === 5 ? code : guess(i) })));
    // the right code on the 6th try is refused: the code was burned by five wrong ones
    expect(codes.slice(0, 15)).toEqual(Array(15).fill("INVALID_OTP"));
    expect(codes[15]).toBe("RATE_LIMITED");
  });

  it("counts wrong codes sent at once one by one: five tries burn a code, however many arrive together", async () => {
    const account = newAccount();
    await t.client().ok(REGISTER, { input: account });
    const code = await t.mail.otpFor(account.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const results = await guessesAtOnce(12, VERIFY, { email: account.email, code: wrong });
    expect(results.map(errorCode)).toEqual(Array(12).fill("INVALID_OTP"));
    // the first four are each told what is left; the fifth burned it; the rest were never compared
    const left = results.map((r) => r.errors![0].extensions.attemptsLeft).filter((n) => n !== undefined);
    expect(left.sort()).toEqual([1, 2, 3, 4]);
    expect(errorCode(await t.client().gql(VERIFY, { email: account.email, code }))).toBe("INVALID_OTP");
  });

  it("counts wrong second-factor codes sent at once one by one: five burn the sign-in's token", async () => {
    const { email, password, secret } = await enrolled(t);
    const token = await mfaToken(t, t.client(), email, password);
    const wrong = String((Number(totpCode(secret, t.clock.now())) + 500_000) % 1_000_000).padStart(6, "0");
    const results = await guessesAtOnce(8, VERIFY_MFA, { mfaToken: token, code: wrong });
    expect(results.map(errorCode)).toEqual(Array(8).fill("INVALID_MFA_CODE"));
    const left = results.map((r) => r.errors![0].extensions.attemptsLeft).filter((n) => n !== undefined);
    expect(left.sort()).toEqual([1, 2, 3, 4]);
    expect(errorCode(await t.client().gql(VERIFY_MFA, { mfaToken: token, code: nextCode(t, secret) }))).toBe("INVALID_MFA_CODE");
  });

  it("limits registrations per address", async () => {
    const client = t.client();
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i++) codes.push(errorCode(await client.gql(REGISTER, { input: newAccount("flood") })));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(codes[10]).toBe("RATE_LIMITED");
  });
});

describe("client addresses", () => {
  it("come from X-Forwarded-For only when the peer is a trusted proxy", async () => {
    const untrusting = await startTestApp({ env: { TRUST_PROXY: "false" } });
    try {
      const codes = [];
      // every client claims its own address, but the peer (127.0.0.1) is not trusted: one address
      for (let i = 0; i < 11; i++) codes.push(errorCode(await untrusting.client().gql(REGISTER, { input: newAccount("spoof") })));
      expect(codes.at(-1)).toBe("RATE_LIMITED");
      const row = await untrusting.db.auditEvent.findFirstOrThrow({ where: { action: "auth.register" } });
      expect(row.ip).toBe("127.0.0.1");
    } finally {
      await untrusting.close();
    }
  });
});

describe("cross-site requests", () => {
  it("ignore the cookies of a foreign origin, and grant it no CORS", async () => {
    const client = t.client();
    await registerVerified(t, client);
    const result = await client.gql(LOGOUT_ALL, undefined, { origin: "https://evil.example" });
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.headers.get("access-control-allow-origin")).toBeNull();
    expect((await client.ok(ME)).me).not.toBeNull();
  });

  it("grant CORS with credentials to the web origin only", async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: t.config.webOrigin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(t.config.webOrigin);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("refuse simple requests (text/plain, form posts, multipart without a preflight header)", async () => {
    const client = t.client();
    await registerVerified(t, client);
    const body = JSON.stringify({ query: "mutation { logoutAll }" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await post(body, { "content-type": type, cookie: client.cookieHeader(), origin: t.config.webOrigin });
      expect(response.status, type).toBeGreaterThanOrEqual(400);
      expect(response.status, type).toBeLessThan(500);
    }
    const form = new FormData();
    form.set("operations", body);
    form.set("map", "{}");
    const multipart = await fetch(`${t.url}/graphql`, { method: "POST", body: form, headers: { cookie: client.cookieHeader() } });
    expect(multipart.status).toBe(400);
    expect((await client.ok(ME)).me).not.toBeNull();
  });

  it("refuse a mutation over GET", async () => {
    const client = t.client();
    await registerVerified(t, client);
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent("mutation { logoutAll }")}`, {
      headers: { cookie: client.cookieHeader(), "x-mercurius-operation-name": "x" },
    });
    expect(response.status).toBe(405);
    expect((await client.ok(ME)).me).not.toBeNull();
  });
});

describe("malformed and oversized requests", () => {
  it("answer malformed JSON with 400, not 500", async () => {
    const response = await post("{ not json", { "content-type": "application/json" });
    expect(response.status).toBe(400);
  });

  it("refuse a body over 1 MiB with 413", async () => {
    const response = await post(JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(1_100_000) } }), { "content-type": "application/json" });
    expect(response.status).toBe(413);
  });

  it("refuse batched queries", async () => {
    const response = await post(JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]), { "content-type": "application/json" });
    expect(response.status).toBe(400);
  });

  it("refuse a depth bomb before running it", async () => {
    let nested = "name";
    for (let i = 0; i < 12; i++) nested = `ofType { ${nested} }`;
    const result = await t.client().gql(`{ __schema { types { fields { type { ${nested} } } } } }`);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.data).toBeNull();
  });

  it("refuse a query over the cost limit (a field repeated thousands of times)", async () => {
    const result = await t.client().gql(`{ me { ${"id ".repeat(4000)} } }`);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/cost|aliases/i);
  });
});

describe("security headers", () => {
  it("are on every response, with a strict CSP and no powered-by", async () => {
    for (const path of ["/health", "/graphql?query=%7Bme%7Bid%7D%7D"]) {
      const response = await fetch(t.url + path, { headers: { "x-mercurius-operation-name": "x" } });
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("content-security-policy"), path).toContain("default-src 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });
});
