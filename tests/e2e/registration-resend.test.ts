// A browser that registers, asks for a new code and verifies with it keeps its password: the
// registration's key travels as a cookie through the web app to resendOtp (pre-registration
// hijack defence, see server/src/auth/verify-otp.ts), so only someone else's resend drops it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newAccount } from "../helpers/accounts.ts";
import { DESKTOP } from "./browser.ts";
import { startBrowserStack, type BrowserStack } from "./stack.ts";

let stack: BrowserStack;
let page: Page;
beforeAll(async () => {
  stack = await startBrowserStack();
  page = await (await stack.browser.newContext({ viewport: DESKTOP })).newPage();
});
afterAll(() => stack?.stop());

describe("registration in the browser", () => {
  it("register, resend the code, verify with the new one: the password still signs in", async () => {
    const { api, web } = stack;
    const person = newAccount("resend");
    await page.goto(`${web.origin}/register`);
    await page.fill("#username", person.username);
    await page.fill("#email", person.email);
    await page.fill("#password", person.password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/verify\?/);
    await api.mail.otpFor(person.email);
    expect((await page.context().cookies()).map((c) => c.name)).toContain("registration_key");

    // past the 60 s spacing on the API's clock; the button's own countdown runs on the browser's
    api.clock.advance(61_000);
    await page.evaluate(() => document.querySelector<HTMLFormElement>("form[action='?/resend']")!.requestSubmit());
    const code = await api.mail.otpFor(person.email);
    await page.fill("#code", code); // six digits send the form by themselves
    await page.waitForURL(/\/profile/);

    await page.context().clearCookies();
    await page.goto(`${web.origin}/login`);
    await page.fill("input[name=identifier]", person.email);
    await page.fill("input[name=password]", person.password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/profile/);
  });
});
