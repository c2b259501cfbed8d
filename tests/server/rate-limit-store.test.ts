import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/src/app.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode, GqlClient } from "../helpers/gql-client.ts";
import { LOGIN } from "../helpers/operations.ts";

// The limits count in the database (RateLimit): what every instance, and a restarted one, sees.
// tests/server/instances-*.test.ts run the same rules across API processes on PostgreSQL.

const wrongLogin = (client: GqlClient, identifier: string) => client.gql(LOGIN, { identifier, password: "not-the-password" });

describe("rate limits in the database", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { RATE_LIMITS: "login.ip=2/5m,login.account=3/1h" } })));
  afterAll(() => t.close());

  it("an attempt refused by one of its limits counts against none of them", async () => {
    const [first, second, third] = [t.client(), t.client(), t.client()];
    expect(errorCode(await wrongLogin(first, "ghost-a"))).toBe("INVALID_CREDENTIALS");
    expect(errorCode(await wrongLogin(first, "ghost-a"))).toBe("INVALID_CREDENTIALS");
    // login.ip is used up for the first address: refused, and ghost-a's login.account (3) is not charged
    const limited = await wrongLogin(first, "ghost-a");
    expect(errorCode(limited)).toBe("RATE_LIMITED");
    expect(limited.errors![0].extensions.retryAfter).toBeGreaterThan(240);
    expect(limited.errors![0].extensions.retryAfter).toBeLessThanOrEqual(300);
    expect(errorCode(await wrongLogin(second, "ghost-a"))).toBe("INVALID_CREDENTIALS");
    // now it is: three attempts at ghost-a counted, from anywhere
    const accountLimited = await wrongLogin(third, "ghost-a");
    expect(errorCode(accountLimited)).toBe("RATE_LIMITED");
    expect(accountLimited.errors![0].extensions.retryAfter).toBeGreaterThan(3500);
  });

  it("attempts sent at once are counted one by one: never more through than the limit", async () => {
    const clients = Array.from({ length: 8 }, () => t.client());
    // eight addresses at one unknown account at once: login.account allows three
    const codes = await Promise.all(clients.map((client) => wrongLogin(client, "ghost-c").then(errorCode)));
    expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(3);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(5);
  });

  it("windows that ended are swept from the table", async () => {
    await wrongLogin(t.client(), "ghost-d");
    expect(await t.db.rateLimit.count()).toBeGreaterThan(2);
    t.clock.advance(60 * 60_000 + 60_000);
    await wrongLogin(t.client(), "ghost-e");
    // only the attempt just made: its login.ip, login.account_ip and login.account counters
    expect(await t.db.rateLimit.count()).toBe(3);
  });

  it("a restarted API keeps counting where the last one stopped", async () => {
    const client = t.client();
    for (let i = 0; i < 2; i++) expect(errorCode(await wrongLogin(client, `ghost-f${i}`))).toBe("INVALID_CREDENTIALS");
    await t.app.close();
    const again = await buildApp({ config: t.config, clock: t.clock });
    try {
      await again.listen({ port: 0, host: "127.0.0.1" });
      const sameAddress = new GqlClient(`http://127.0.0.1:${(again.server.address() as AddressInfo).port}`, { headers: { "x-forwarded-for": client.ip } });
      expect(errorCode(await wrongLogin(sameAddress, "ghost-g"))).toBe("RATE_LIMITED");
    } finally {
      await again.close();
    }
  });
});
