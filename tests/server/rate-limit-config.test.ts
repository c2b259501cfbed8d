import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount } from "../helpers/accounts.ts";
import { REGISTER } from "../helpers/operations.ts";

describe("RATE_LIMITS overrides in the running app", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { RATE_LIMITS: "register.ip=2/1h" } })));
  afterAll(() => t.close());

  it("register.ip=2/1h: the third registration from one address is RATE_LIMITED until the hour is over", async () => {
    const client = t.client();
    await client.ok(REGISTER, { input: newAccount() });
    await client.ok(REGISTER, { input: newAccount() });
    const third = await client.gql(REGISTER, { input: newAccount() });
    expect(errorCode(third)).toBe("RATE_LIMITED");
    expect(third.errors![0].extensions.retryAfter).toBeGreaterThan(3500);
    // another address still registers: the limit counts per IP
    await t.client().ok(REGISTER, { input: newAccount() });

    t.clock.advance(60 * 60 * 1000);
    await client.ok(REGISTER, { input: newAccount() });
  });
});
