// What a person sees when the API sheds a sign-in (SERVER_BUSY): a plain "Busy, try again in a
// moment", and signing in again once it has room works. The API's one hashing slot is held by
// the test, so the queue is full without a real burst.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerVerified } from "../helpers/accounts.ts";
import { holdHashing } from "../helpers/hold-hashing.ts";
import { DESKTOP, screenshot } from "./browser.ts";
import { startBrowserStack, type BrowserStack } from "./stack.ts";

let stack: BrowserStack;
beforeAll(async () => (stack = await startBrowserStack({ HASH_CONCURRENCY: "1", HASH_QUEUE_WAIT_MS: "0" })));
afterAll(() => stack?.stop());

describe("a busy API in the browser", () => {
  it("shows 'Busy, try again in a moment' on sign-in, and signs in once there is room", async () => {
    const { api, web, browser } = stack;
    const person = await registerVerified(api, api.client());
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${web.origin}/login`);
    await page.fill("#identifier", person.username);
    await page.fill("#password", person.password);

    const release = holdHashing(api);
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("Busy, try again in a moment.");
    await screenshot(page, "login-busy");
    await release();

    await page.fill("#password", person.password);
    await page.click("form button[type=submit]");
    await page.waitForURL((url) => url.pathname !== "/login");
  });
});
