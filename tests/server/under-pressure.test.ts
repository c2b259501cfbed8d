// The event loop's own protection: while its delay passes MAX_EVENT_LOOP_DELAY_MS, requests are
// refused at once with 503, Retry-After and the contract's SERVER_BUSY; /health still answers.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp({ env: { MAX_EVENT_LOOP_DELAY_MS: "50" } })));
afterAll(() => t.close());

/** Keep the event loop busy 150 ms at every turn (the lag under test), until stopped. */
function lagEventLoop() {
  const timer = setInterval(() => {
    const until = performance.now() + 150;
    while (performance.now() < until);
  }, 1);
  return () => clearInterval(timer);
}

describe("event-loop protection", () => {
  it("answers 503 with Retry-After and SERVER_BUSY while the loop lags, keeps /health honest, and recovers", async () => {
    const stop = lagEventLoop();
    try {
      // refused once the lag shows in a sample taken after the start (its own lag does not count)
      const refused = await vi.waitFor(
        async () => {
          const result = await t.client().gql(`{ __typename }`);
          expect(result.status).toBe(503);
          return result;
        },
        { timeout: 20_000, interval: 10 },
      );
      expect(refused.headers.get("retry-after")).toBe("2");
      expect(errorCode(refused)).toBe("SERVER_BUSY");
      expect(refused.errors![0].extensions.retryAfter).toBe(2);

      const health = await fetch(`${t.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    } finally {
      stop();
    }
    await vi.waitFor(() => expect(t.app.isUnderPressure()).toBe(false), { timeout: 20_000, interval: 10 });
    const answered = await t.client().gql(`{ __typename }`);
    expect(answered.status).toBe(200);
    expect(answered.data).toEqual({ __typename: "Query" });
  });
});
