import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, GqlClient } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { LOGIN, LOGOUT, LOGOUT_ALL, ME, REFRESH, REVOKE_SESSION, SESSIONS } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signedIn(userAgent = "agent-a") {
  const client = t.client({ userAgent });
  const account = await registerVerified(t, client);
  return { client, account };
}

describe("refreshToken", () => {
  it("rotates: a new pair of tokens, and the cookie moves on", async () => {
    const { client, account } = await signedIn();
    const before = client.cookies.get("refresh_token");
    const { refreshToken } = await client.ok(REFRESH);
    expect(refreshToken.user.id).toBe(account.user.id);
    expect(client.cookies.get("refresh_token")).not.toBe(before);
    expect((await client.ok(ME)).me.id).toBe(account.user.id);
  });

  it("takes the token from the argument for non-browser clients", async () => {
    const { account } = await signedIn("service");
    const service = t.client({ userAgent: "service" });
    const { refreshToken } = await service.ok(REFRESH, { token: account.refreshToken });
    expect(refreshToken.refreshToken).not.toBe(account.refreshToken);
    expect((await service.ok(ME, undefined, bearer(refreshToken.accessToken))).me.id).toBe(account.user.id);
  });

  it("gives the same current tokens to a parallel tab within 10 s from the same user agent", async () => {
    const { client } = await signedIn("browser-1");
    const old = client.cookies.get("refresh_token")!;
    const tabA = await client.ok(REFRESH);
    const successorCookie = client.cookies.get("refresh_token");
    t.clock.advance(9_000);
    const tabB = new GqlClient(t.url, { userAgent: "browser-1" });
    const graced = await tabB.ok(REFRESH, { token: old });
    expect(tabB.cookies.get("refresh_token")).toBe(successorCookie);
    expect(graced.refreshToken.user.id).toBe(tabA.refreshToken.user.id);
    // the session lives on: the current token still refreshes
    await client.ok(REFRESH);
  });

  it("revokes the whole session when a rotated token is reused after the grace window", async () => {
    const { client } = await signedIn("browser-2");
    const old = client.cookies.get("refresh_token")!;
    await client.ok(REFRESH);
    const access = client.cookies.get("access_token")!;
    t.clock.advance(11_000);
    const attacker = t.client({ userAgent: "browser-2" });
    expect(errorCode(await attacker.gql(REFRESH, { token: old }))).toBe("INVALID_TOKEN");
    // the legitimate holder's current tokens are dead too
    expect(errorCode(await client.gql(REFRESH))).toBe("INVALID_TOKEN");
    expect(errorCode(await t.client().gql(ME, undefined, bearer(access)))).toBe("UNAUTHENTICATED");
    expect(await t.db.auditEvent.count({ where: { action: "auth.refresh_reuse" } })).toBeGreaterThan(0);
  });

  it("revokes the session when a rotated token comes back from another user agent, even at once", async () => {
    const { client } = await signedIn("browser-3");
    const old = client.cookies.get("refresh_token")!;
    await client.ok(REFRESH);
    expect(errorCode(await t.client({ userAgent: "other-agent" }).gql(REFRESH, { token: old }))).toBe("INVALID_TOKEN");
    expect(errorCode(await client.gql(REFRESH))).toBe("INVALID_TOKEN");
  });

  it("gives concurrent refreshes of one token one successor, not two", async () => {
    const { client, account } = await signedIn("browser-4");
    const token = client.cookies.get("refresh_token")!;
    const results = await Promise.all(Array.from({ length: 5 }, () => new GqlClient(t.url, { userAgent: "browser-4" }).gql(REFRESH, { token })));
    expect(results.map(errorCode)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const session = await t.db.session.findFirstOrThrow({ where: { userId: account.user.id }, include: { refreshTokens: true } });
    expect(session.refreshTokens.filter((r) => r.rotatedAt === null)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data.refreshToken.refreshToken)).size).toBe(1);
  });

  it("refuses an expired refresh token, a garbage one and a missing one", async () => {
    const { client } = await signedIn("browser-5");
    expect(errorCode(await t.client().gql(REFRESH))).toBe("INVALID_TOKEN");
    expect(errorCode(await t.client().gql(REFRESH, { token: "garbage" }))).toBe("INVALID_TOKEN");
    t.clock.advance(7 * 24 * 3600_000 + 1000);
    expect(errorCode(await client.gql(REFRESH))).toBe("INVALID_TOKEN");
  });

  it("refuses a disabled account", async () => {
    const { client, account } = await signedIn("browser-6");
    await t.db.user.update({ where: { id: account.user.id }, data: { disabled: true } });
    expect(errorCode(await client.gql(REFRESH))).toBe("ACCOUNT_DISABLED");
  });
});

describe("logout and sessions", () => {
  it("lists live sessions with the current one marked", async () => {
    const { client, account } = await signedIn("laptop");
    const phone = t.client({ userAgent: "phone" });
    await phone.ok(LOGIN, { identifier: account.username, password: account.password });
    const { sessions } = await client.ok(SESSIONS);
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s: any) => s.current).userAgent).toBe("laptop");
    expect(sessions.find((s: any) => !s.current).userAgent).toBe("phone");
    expect(sessions.find((s: any) => s.current).ip).toBe(client.ip);
  });

  it("logout kills both tokens at once and clears the cookies", async () => {
    const { client } = await signedIn();
    const access = client.cookies.get("access_token")!;
    const refresh = client.cookies.get("refresh_token")!;
    const result = await client.gql(LOGOUT);
    expect(result.data.logout).toBe(true);
    expect(result.headers.get("clear-site-data")).toBe('"cookies"');
    expect(client.cookies.size).toBe(0);
    expect(errorCode(await t.client().gql(ME, undefined, bearer(access)))).toBe("UNAUTHENTICATED");
    expect(errorCode(await t.client().gql(REFRESH, { token: refresh }))).toBe("INVALID_TOKEN");
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_out" } })).toBeGreaterThan(0);
  });

  it("logout with an expired access token still ends the session through the refresh cookie", async () => {
    const { client } = await signedIn();
    const refresh = client.cookies.get("refresh_token")!;
    t.clock.advance(16 * 60_000);
    expect((await client.ok(LOGOUT)).logout).toBe(true);
    expect(errorCode(await t.client().gql(REFRESH, { token: refresh }))).toBe("INVALID_TOKEN");
  });

  it("logoutAll ends every session of the user and no one else's", async () => {
    const { client, account } = await signedIn();
    const other = t.client();
    await other.ok(LOGIN, { identifier: account.username, password: account.password });
    const stranger = await signedIn();
    expect((await client.ok(LOGOUT_ALL)).logoutAll).toBe(true);
    expect(errorCode(await other.gql(ME))).toBe("UNAUTHENTICATED");
    expect((await stranger.client.ok(ME)).me.id).toBe(stranger.account.user.id);
  });

  it("revokeSession ends another of my sessions; someone else's is NOT_FOUND", async () => {
    const { client, account } = await signedIn();
    const phone = t.client({ userAgent: "phone" });
    await phone.ok(LOGIN, { identifier: account.username, password: account.password });
    const { sessions } = await client.ok(SESSIONS);
    const phoneSession = sessions.find((s: any) => !s.current);
    expect((await client.ok(REVOKE_SESSION, { id: phoneSession.id })).revokeSession).toBe(true);
    expect(errorCode(await phone.gql(ME))).toBe("UNAUTHENTICATED");
    expect((await client.ok(ME)).me.id).toBe(account.user.id);

    const stranger = await signedIn();
    const mine = (await client.ok(SESSIONS)).sessions[0];
    expect(errorCode(await stranger.client.gql(REVOKE_SESSION, { id: mine.id }))).toBe("NOT_FOUND");
  });

  it("needs a sign-in for the session operations", async () => {
    const result = await t.client().gql(SESSIONS);
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.errors![0].extensions.reason).toBe("MISSING");
    expect(errorCode(await t.client().gql(LOGOUT_ALL))).toBe("UNAUTHENTICATED");
    expect((await t.client().ok(LOGOUT)).logout).toBe(true);
  });
});
