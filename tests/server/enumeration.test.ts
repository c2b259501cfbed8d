import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { LOGIN } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

describe("enumeration safety", () => {
  it("login answers an unknown account and a wrong password alike, in about the same time", async () => {
    const account = await registerVerified(t, t.client());
    const known: number[] = [];
    const unknown: number[] = [];
    const bodies = new Set<string>();
    // interleaved, each from its own client (address), so limits and warm-up hit both sides alike
    for (let i = 0; i < 8; i++) {
      const a = await timed(() => t.client().gql(LOGIN, { identifier: account.username, password: `wrong-${i}` }));
      const b = await timed(() => t.client().gql(LOGIN, { identifier: `ghost_${i}`, password: `wrong-${i}` }));
      known.push(a.ms);
      unknown.push(b.ms);
      bodies.add(JSON.stringify((a.result as any).errors.map((e: any) => [e.message, e.extensions])));
      bodies.add(JSON.stringify((b.result as any).errors.map((e: any) => [e.message, e.extensions])));
    }
    expect(bodies.size).toBe(1);
    // a generous statistical bound: both sides do one argon2 verify, so the medians agree
    // within a factor of two (a missing dummy verify would make unknowns ~10x faster)
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("resendOtp answers true for known and unknown addresses alike", async () => {
    const account = await registerVerified(t, t.client());
    const mutation = `mutation($email: String!) { resendOtp(email: $email) }`;
    const known = await t.client().gql(mutation, { email: account.email });
    const unknown = await t.client().gql(mutation, { email: "ghost@example.com" });
    expect(known.data).toEqual(unknown.data);
    expect(known.errors).toEqual(unknown.errors);
  });
});
