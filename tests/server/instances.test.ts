import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount } from "../helpers/accounts.ts";
import { gqlAtOnce, postAtOnce } from "../helpers/at-once.ts";
import { errorCode, queryText, type GqlResponse } from "../helpers/gql-client.ts";
import { freshDatabase, onPostgres, type TestDatabase } from "../helpers/database.ts";
import { sqlOn, startInstances, type Instances } from "../helpers/instances.ts";
import { LOGIN, ME, REFRESH, REGISTER, SESSIONS, VERIFY } from "../helpers/operations.ts";

// Three API processes (started together, as a rollout starts them) on one PostgreSQL database
// behave as one: a refresh token rotates once whichever instance sees it, a revocation on one
// is refused by the others on the next request, and the rate limits and an OTP's five tries
// count across all of them. Requests meant to race reach the instances together (postAtOnce).

const REVOKE = `mutation($id: ID!) { revokeSession(id: $id) }`;

describe.skipIf(!onPostgres())("many instances on one PostgreSQL database (pnpm test:postgres; SQLite serves one process)", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let fleet: Instances;
  beforeAll(async () => {
    database = await freshDatabase("fleet");
    fleet = await startInstances(3, database.url, { RATE_LIMITS: "login.ip=7/5m" });
  });
  afterAll(async () => {
    await fleet?.close();
    await database?.drop();
  });

  /** A verified account, registered on instance 0 and verified on instance 1: its tokens (a non-browser client). */
  async function signedUp(userAgent = "authkit-tests") {
    const account = newAccount("fleet");
    await fleet.client(0, { userAgent }).ok(REGISTER, { input: account });
    const code = await fleet.mail.otpFor(account.email);
    const { verifyOtp } = await fleet.client(1, { userAgent }).ok(VERIFY, { email: account.email, code });
    return { ...account, accessToken: verifyOtp.accessToken as string, refreshToken: verifyOtp.refreshToken as string };
  }

  const refreshAtOnce = async (token: string, on: Array<{ instance: number; userAgent: string }>) =>
    (await postAtOnce(on.map(({ instance, userAgent }) => gqlAtOnce(fleet.processes[instance].url, queryText(REFRESH), { token }, { "user-agent": userAgent })))).map(
      (response) => JSON.parse(response.body) as GqlResponse,
    );

  /** how many of the session's refresh tokens are not rotated (the session of this access token) */
  const liveTokensOf = async (accessToken: string) => {
    const { sid } = JSON.parse(Buffer.from(accessToken.split(".")[1], "base64url").toString());
    const [row] = await sqlOn<{ live: string }>(database.url, 'SELECT count(*) AS live FROM "RefreshToken" WHERE "sessionId" = $1 AND "rotatedAt" IS NULL', [sid]);
    return Number(row.live);
  };

  it("a token refreshed on two instances at once has one successor; both get it (same user agent, within 10 s)", async () => {
    let { refreshToken } = await signedUp();
    for (let round = 0; round < 5; round++) {
      const [a, b] = await refreshAtOnce(refreshToken, [
        { instance: round % 3, userAgent: "authkit-tests" },
        { instance: (round + 1) % 3, userAgent: "authkit-tests" },
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data.refreshToken.refreshToken).toBe(b.data.refreshToken.refreshToken);
      refreshToken = a.data.refreshToken.refreshToken;
      expect(await liveTokensOf(a.data.refreshToken.accessToken)).toBe(1);
    }
    // the one successor works on the third instance
    const next = await fleet.client(2).ok(REFRESH, { token: refreshToken });
    expect(next.refreshToken.refreshToken).not.toBe(refreshToken);
  });

  it("a token refreshed at once on two instances from foreign user agents: one rotation, and the reuse revokes the session", async () => {
    const { refreshToken } = await signedUp("browser-one");
    const results = await refreshAtOnce(refreshToken, [
      { instance: 0, userAgent: "copied-one" },
      { instance: 1, userAgent: "copied-two" },
    ]);
    // one of them rotated (a first use is a use); the other met a rotated token from another user agent
    expect(results.filter((r) => r.data?.refreshToken)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === "INVALID_TOKEN")).toHaveLength(1);
    const successor = results.find((r) => r.data?.refreshToken)!.data.refreshToken;
    // the whole session is gone, on every instance
    expect(errorCode(await fleet.client(2, { userAgent: "copied-one" }).gql(REFRESH, { token: successor.refreshToken }))).toBe("INVALID_TOKEN");
    expect(errorCode(await fleet.client(2, { headers: { authorization: `Bearer ${successor.accessToken}` } }).gql(ME))).toBe("UNAUTHENTICATED");
  });

  it("a session revoked on one instance is refused by the others on their next request", async () => {
    const account = await signedUp();
    const bearer = (i: number) => fleet.client(i, { headers: { authorization: `Bearer ${account.accessToken}` } });
    // every instance has seen the token work (a cache, if there were one, would hold it now)
    for (const i of [0, 1, 2]) expect((await bearer(i).ok(ME)).me.email).toBe(account.email);
    const { sessions } = await bearer(0).ok(SESSIONS);
    await bearer(0).ok(REVOKE, { id: sessions.find((s: { current: boolean }) => s.current).id });
    for (const i of [1, 2]) expect(errorCode(await bearer(i).gql(ME))).toBe("UNAUTHENTICATED");
    expect(errorCode(await fleet.client(2).gql(REFRESH, { token: account.refreshToken }))).toBe("INVALID_TOKEN");
  });

  /** `n` calls spread over the instances in turn, reaching them together */
  const atOnce = async (n: number, query: string, variables: Record<string, unknown>, headers: (i: number) => Record<string, string>) =>
    (await postAtOnce(Array.from({ length: n }, (_, i) => gqlAtOnce(fleet.processes[i % 3].url, queryText(query), variables, headers(i))))).map(
      (response) => JSON.parse(response.body) as GqlResponse,
    );

  it("attempts from one address spread over the instances stop at the table's number (login.ip=7)", async () => {
    const ip = fleet.client(0).ip;
    // 15 wrong passwords at once, 5 on each instance: each alone would allow all 5
    const results = await atOnce(15, LOGIN, { identifier: "nobody-here", password: "not-the-password" }, () => ({ "x-forwarded-for": ip }));
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(7);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(8);
    // and one by one afterwards, on any instance
    for (const i of [0, 1, 2]) expect(errorCode(await fleet.client(i, { headers: { "x-forwarded-for": ip } }).gql(LOGIN, { identifier: "x", password: "y" }))).toBe("RATE_LIMITED");
  });

  it("an OTP's five tries are five across all instances", async () => {
    const account = newAccount("fleet");
    await fleet.client(0).ok(REGISTER, { input: account });
    const code = await fleet.mail.otpFor(account.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    // twelve wrong codes at once, four on each instance, each from an address of its own
    const results = await atOnce(12, VERIFY, { email: account.email, code: wrong }, () => ({ "x-forwarded-for": fleet.client(0).ip }));
    expect(results.map(errorCode)).toEqual(Array(12).fill("INVALID_OTP"));
    // five were compared: four were told what is left, the fifth burned it
    expect(
      results
        .map((r) => r.errors![0].extensions.attemptsLeft)
        .filter((n) => n !== undefined)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    const [otp] = await sqlOn<{ attempts: number }>(database.url, 'SELECT "attempts" FROM "Otp" WHERE "email" = $1', [account.email]);
    expect(otp.attempts).toBe(5);
    // the right code, on any instance, is refused now
    for (const i of [0, 1, 2]) expect(errorCode(await fleet.client(i).gql(VERIFY, { email: account.email, code }))).toBe("INVALID_OTP");
  });
});
