// Two-factor sign-in in the browser: set it up on the profile page, sign out, sign in with the
// password and an authenticator code, then with a recovery code; an admin resets it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestApp } from "../helpers/test-app.ts";
import { registerVerified, setRole } from "../helpers/accounts.ts";
import { totpCode } from "../helpers/totp.ts";
import { DESKTOP, screenshot } from "./browser.ts";
import { startBrowserStack, type BrowserStack } from "./stack.ts";
import type { WebServer } from "./web-server.ts";

let api: TestApp;
let web: WebServer;
let browser: Browser;
let page: Page;
let account: Awaited<ReturnType<typeof registerVerified>>;
let secret = "";
let recoveryCodes: string[] = [];

/** The app's code for now, a step after the last one used (each step's code works once). */
const nextCode = () => {
  api.clock.advance(30_000);
  return totpCode(secret, api.clock.now());
};

async function signIn(p: Page) {
  await p.goto(`${web.origin}/login`);
  await p.fill("input[name=identifier]", account.email);
  await p.fill("input[name=password]", account.password);
  await p.click("form button[type=submit]");
}

let stack: BrowserStack;
beforeAll(async () => {
  stack = await startBrowserStack();
  ({ api, web, browser } = stack);
  account = await registerVerified(api, api.client());
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
});
afterAll(() => stack?.stop());

describe("two-factor sign-in in the browser", () => {
  it("is set up on the profile page: password, QR code and key, a code, then the recovery codes", async () => {
    await signIn(page);
    await page.waitForURL(/\/profile/);
    await page.fill("#mfa-start-password", account.password);
    await page.click("form[action='?/startMfa'] button[type=submit]");
    await page.getByTestId("totp-qr").locator("svg").waitFor();
    secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.locator("#mfa").scrollIntoViewIfNeeded();
    await screenshot(page, "mfa-setup");
    await page.fill("#mfa-confirm-code", totpCode(secret, api.clock.now())); // six digits send the form
    await page.getByTestId("recovery-codes").waitFor();
    recoveryCodes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await expect.poll(() => page.getByTestId("mfa-on").isVisible()).toBe(true);
    expect(await page.locator("a[download]").getAttribute("href")).toContain(encodeURIComponent(recoveryCodes[0]));
    await screenshot(page, "mfa-recovery-codes");
  });

  it("signs in with the password and a code from the app", async () => {
    await page.context().clearCookies();
    await signIn(page);
    await page.waitForURL(/\/login\/mfa/);
    // this account has no passkey: none is offered
    expect(await page.getByText("Use a passkey instead").count()).toBe(0);
    await page.fill("#mfa-code", "000000");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("4 tries left");
    await screenshot(page, "mfa-code");
    await page.fill("#mfa-code", nextCode());
    await page.waitForURL(/\/profile/);
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe(account.username);
  });

  it("signs in with a recovery code, and says how many are left", async () => {
    await page.context().clearCookies();
    await signIn(page);
    await page.waitForURL(/\/login\/mfa/);
    await page.click("text=Use a recovery code");
    await page.waitForURL(/recovery=1/);
    await page.fill("#mfa-recovery-code", recoveryCodes[0]);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/profile\?recoveryLeft=9/);
    await expect.poll(() => page.locator("#mfa").textContent()).toContain("9 left");
    await screenshot(page, "mfa-recovery-sign-in");
  });

  it("an admin sees it in the users table and turns it off for a lost device", async () => {
    const admin = await registerVerified(api, api.client());
    await setRole(api, admin.user.id, "ADMIN");
    const adminPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await adminPage.goto(`${web.origin}/login`);
    await adminPage.fill("input[name=identifier]", admin.email);
    await adminPage.fill("input[name=password]", admin.password);
    await adminPage.click("form button[type=submit]");
    await adminPage.waitForURL(/\/profile/);
    await adminPage.goto(`${web.origin}/admin/users?q=${account.username}&mfa=true`);
    await expect.poll(() => adminPage.locator(`tr[data-username=${account.username}] [data-testid=mfa-status]`).textContent()).toContain("On");
    await adminPage.goto(`${web.origin}/admin/users/${account.user.id}`);
    await adminPage.check("form[action='?/resetMfa'] input[name=confirm]");
    await adminPage.click("form[action='?/resetMfa'] button[type=submit]");
    await expect.poll(() => adminPage.locator("[data-form-message=success]").first().textContent()).toContain("off for this user");
    await screenshot(adminPage, "mfa-admin-reset");
    await page.context().clearCookies();
    await signIn(page);
    await page.waitForURL(/\/profile/);
  });
});
