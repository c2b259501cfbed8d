// The browser flow, end to end: a real API (fresh SQLite, real SMTP listener), the
// built web app as `pnpm start` runs it, and Chromium. One browser; a context per person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount, registerVerified, setRole } from "../helpers/accounts.ts";
import { DESKTOP, launchBrowser, screenshot } from "./browser.ts";
import { gradientPng } from "./png.ts";
import { ensureWebBuild, freePort, startWebServer, type WebServer } from "./web-server.ts";

let api: TestApp;
let web: WebServer;
let browser: Browser;
let userContext: BrowserContext;
let page: Page;

const person = newAccount("ada");
let password = person.password;

const cookie = async (context: BrowserContext, name: string) => (await context.cookies()).find((c) => c.name === name)?.value;

beforeAll(async () => {
  ensureWebBuild();
  const port = await freePort();
  api = await startTestApp({ env: { WEB_ORIGIN: `http://127.0.0.1:${port}` } });
  web = await startWebServer(port, api.url);
  browser = await launchBrowser();
  userContext = await browser.newContext({ viewport: DESKTOP });
  page = await userContext.newPage();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.close();
});

describe("account flow in the browser", () => {
  it("sends signed-out visitors to sign in, keeping where they wanted to go", async () => {
    await page.goto(`${web.origin}/sessions`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/sessions");
    await screenshot(page, "login");
  });

  it("signs up with live field rules, then verifies the emailed code", async () => {
    await page.goto(`${web.origin}/register`);
    await page.fill("#username", "1bad");
    await expect.poll(() => page.locator("#username-rules li", { hasText: "Starts with a letter" }).textContent()).toContain("not met");
    await page.fill("#username", person.username);
    await page.fill("#email", person.email);
    await page.fill("#password", person.password);
    await expect.poll(() => page.locator("#password-rules").textContent()).not.toContain("not met");
    await screenshot(page, "register");
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/verify\?/);
    await expect.poll(() => page.locator("form[action='?/resend'] button").textContent()).toMatch(/Resend code in \d+s/);
    await screenshot(page, "verify");

    await page.fill("#code", "000000");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("wrong");
    await page.fill("#code", await api.mail.otpFor(person.email)); // six digits send the form by themselves
    await page.waitForURL(/\/profile/);
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe(person.username);
    expect(await cookie(userContext, "refresh_token")).toBeTruthy();
    await screenshot(page, "profile");
  });

  it("updates part of the profile, leaving the rest as it was", async () => {
    await page.fill("#update-name", "Ada Lovelace");
    await page.click("[data-testid=partial-update-form] button[type=submit]");
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe("Ada Lovelace");
    expect(await page.inputValue("#replace-username")).toBe(person.username);
    expect(await page.inputValue("#replace-name")).toBe("Ada Lovelace");
    await page.fill("#update-bio", "Writes the first programs.");
    await page.click("[data-testid=partial-update-form] button[type=submit]");
    await expect.poll(() => page.getByTestId("profile-bio").textContent()).toBe("Writes the first programs.");
    expect(await page.getByTestId("profile-name").textContent()).toBe("Ada Lovelace");
  });

  it("shows field errors from the API next to the field", async () => {
    await page.fill("#update-username", "no spaces allowed");
    await page.click("[data-testid=partial-update-form] button[type=submit]");
    await expect.poll(() => page.locator("[data-field-error=username]").first().textContent()).toBeTruthy();
    await screenshot(page, "profile-field-error");
    await page.fill("#update-username", "");
  });

  it("uploads an avatar with a preview and serves it from the web origin", async () => {
    await page.setInputFiles("#avatar", { name: "me.png", mimeType: "image/png", buffer: gradientPng() });
    await expect.poll(() => page.getByTestId("avatar-preview").isVisible()).toBe(true);
    await page.click("form[action='?/avatar'] button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=success]").first().textContent()).toContain("New photo saved");
    const src = await page.locator("header img.rounded-full").getAttribute("src");
    expect(src).toMatch(/^\/uploads\/avatars\//);
    const image = await page.request.get(`${web.origin}${src}`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
    await screenshot(page, "profile-avatar");
  });

  it("lists sessions with this device marked", async () => {
    await page.goto(`${web.origin}/sessions`);
    await expect.poll(() => page.locator("[data-current=true]").textContent()).toContain("This device");
    await screenshot(page, "sessions");
  });

  it("refreshes an expired access token silently, on the server", async () => {
    const before = await cookie(userContext, "access_token");
    api.clock.advance(16 * 60 * 1000); // past the 15-minute access token
    await page.goto(`${web.origin}/profile`);
    expect(new URL(page.url()).pathname).toBe("/profile");
    const after = await cookie(userContext, "access_token");
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  it("signs out, and signs in again with the username", async () => {
    await page.click("header form[action='/logout'] button");
    await page.waitForURL(/\/login/);
    expect(await cookie(userContext, "refresh_token")).toBeFalsy();
    await page.fill("#identifier", person.username);
    await page.fill("#password", "wrong password here");
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("wrong");
    await screenshot(page, "login-error");
    await page.fill("#password", password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/profile/);
  });

  it("resets a forgotten password from the mailed link", async () => {
    await page.click("header form[action='/logout'] button");
    await page.waitForURL(/\/login/);
    await page.click("text=Forgot your password?");
    await page.fill("#email", person.email);
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=success]").textContent()).toContain("reset link");
    await screenshot(page, "forgot-password");

    const token = await api.mail.resetTokenFor(person.email);
    await page.goto(`${web.origin}/reset-password?token=${encodeURIComponent(token)}`);
    password = `${person.password}-new`;
    await page.fill("#newPassword", password);
    await page.fill("#confirmPassword", password);
    await screenshot(page, "reset-password");
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/login\?reset/);
    await page.fill("#identifier", person.email);
    await page.fill("#password", password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/profile/);
  });

  it("answers 403 on admin pages for a user and 404 for unknown pages", async () => {
    const forbidden = await page.goto(`${web.origin}/admin`);
    expect(forbidden?.status()).toBe(403);
    await screenshot(page, "forbidden");
    const missing = await page.goto(`${web.origin}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await screenshot(page, "not-found");
  });

  it("lets a super admin promote and then disable the user, who is locked out at once", async () => {
    const admin = newAccount("root");
    const created = await registerVerified(api, api.client(), admin);
    await setRole(api, created.user.id, "SUPER_ADMIN");

    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const adminPage = await adminContext.newPage();
    try {
      await adminPage.goto(`${web.origin}/login?redirectTo=/admin`);
      await adminPage.fill("#identifier", admin.email);
      await adminPage.fill("#password", admin.password);
      await adminPage.click("form button[type=submit]");
      await adminPage.waitForURL(/\/admin$/);
      await expect.poll(() => adminPage.getByTestId("admin-stats").textContent()).toContain("Users");
      await screenshot(adminPage, "admin-overview");

      await adminPage.goto(`${web.origin}/admin/users`);
      await adminPage.fill("#q", person.username);
      await adminPage.click("form[role=search] button");
      await expect.poll(() => adminPage.locator("[data-testid=users-table] tbody tr").count()).toBe(1);
      await screenshot(adminPage, "admin-users");
      await adminPage.click(`tr[data-username=${person.username}] a`);
      await adminPage.waitForURL(/\/admin\/users\/.+/);

      await adminPage.selectOption("#role-select", "ADMIN");
      await adminPage.click("form[action='?/role'] button[type=submit]");
      await expect.poll(() => adminPage.locator("#role [data-form-message=success]").textContent()).toContain("admin");
      // the promotion takes effect at once: the user's next page shows the admin area
      await page.goto(`${web.origin}/admin`);
      expect(new URL(page.url()).pathname).toBe("/admin");

      await adminPage.click("form[action='?/disable'] button[type=submit]");
      await expect.poll(() => adminPage.getByTestId("status-disabled").isVisible()).toBe(true);
      await screenshot(adminPage, "admin-user");
      await adminPage.goto(`${web.origin}/admin/audit`);
      await screenshot(adminPage, "admin-audit");
    } finally {
      await adminContext.close();
    }

    await page.goto(`${web.origin}/profile`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.fill("#identifier", person.email);
    await page.fill("#password", password);
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("disabled");
    await screenshot(page, "login-disabled");
  });
});
