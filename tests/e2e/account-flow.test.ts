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
let adminPage: Page;

const person = newAccount("ada");
let password = person.password;
let email = person.email;

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
  if (web?.output().includes("Error")) console.log(`web server output:\n${web.output()}`);
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

  it("replaces the whole profile: an emptied bio is cleared", async () => {
    await page.fill("#replace-bio", "");
    await page.click("[data-testid=replace-profile-form] button[type=submit]");
    await expect.poll(() => page.locator("#replace [data-form-message=success]").textContent()).toContain("Profile replaced");
    expect(await page.getByTestId("profile-bio").count()).toBe(0);
    expect(await page.getByTestId("profile-name").textContent()).toBe("Ada Lovelace");
  });

  it("changes the email only once the code sent to the new address is entered", async () => {
    const newEmail = `new-${person.email}`;
    await page.fill("#email-new", newEmail);
    await page.fill("#email-current-password", password);
    await page.click("form[action='?/changeEmail'] button[type=submit]");
    await expect.poll(() => page.locator("#email").textContent()).toContain(`Enter the code we sent to ${newEmail}`);
    await screenshot(page, "profile-email-code");
    await page.fill("#email-code", await api.mail.otpFor(newEmail));
    await expect.poll(() => page.locator("#email [data-form-message=success]").textContent()).toContain(`Your email is now ${newEmail}`);
    email = newEmail;
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
    // the access token runs out while the page is open: the upload refreshes it and tries again
    api.clock.advance(16 * 60 * 1000);
    const uploads: string[] = [];
    page.on("requestfinished", (request) => void (request.url().endsWith("/graphql") && request.method() === "POST" && uploads.push(request.url())));
    await page.click("form[action='?/avatar'] button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=success]").first().textContent()).toContain("New photo saved");
    expect(uploads).toHaveLength(2);
    const src = await page.locator("header img.rounded-full").getAttribute("src");
    expect(src).toMatch(/^\/uploads\/avatars\//);
    const image = await page.request.get(`${web.origin}${src}`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
    await screenshot(page, "profile-avatar");
  });

  it("lists sessions with this device marked, and signs out another one", async () => {
    // confirming the new email opened a second session; the first is still live
    await page.goto(`${web.origin}/sessions`);
    await expect.poll(() => page.locator("[data-current=true]").textContent()).toContain("This device");
    expect(await page.locator("[data-current=false]").count()).toBe(1);
    await screenshot(page, "sessions");
    await page.click("[data-current=false] button[type=submit]");
    await expect.poll(() => page.locator("[data-current=false]").count()).toBe(0);
    expect(await page.locator("[data-current=true]").count()).toBe(1);
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
    await page.fill("#email", email);
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=success]").textContent()).toContain("reset link");
    await screenshot(page, "forgot-password");

    const token = await api.mail.resetTokenFor(email);
    await page.goto(`${web.origin}/reset-password?token=${encodeURIComponent(token)}`);
    password = `${person.password}-new`;
    await page.fill("#newPassword", password);
    await page.fill("#confirmPassword", password);
    await screenshot(page, "reset-password");
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/login\?reset/);
    await page.fill("#identifier", email);
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

    adminPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    {
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
    }

    await page.goto(`${web.origin}/profile`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.fill("#identifier", email);
    await page.fill("#password", password);
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("[data-form-message=error]").textContent()).toContain("disabled");
    await screenshot(page, "login-disabled");
  });

  it("lets an admin send a reset link, and delete a user only after typing the username", async () => {
    const other = await registerVerified(api, api.client(), newAccount("grace"));
    await adminPage.goto(`${web.origin}/admin/users?q=${other.username}`);
    await adminPage.click(`tr[data-username=${other.username}] a`);
    await adminPage.waitForURL(/\/admin\/users\/.+/);
    await adminPage.click("form[action='?/sendReset'] button[type=submit]");
    await expect.poll(() => adminPage.locator("#access [data-form-message=success]").textContent()).toContain("reset link");
    expect(await api.mail.resetTokenFor(other.email)).toBeTruthy();

    await adminPage.click("#danger summary");
    await adminPage.fill("#confirm", "not-the-name");
    await adminPage.click("form[action='?/delete'] button[type=submit]");
    await expect.poll(() => adminPage.locator("[data-field-error=confirm]").textContent()).toContain(other.username);
    await screenshot(adminPage, "admin-delete-confirm");
    await adminPage.fill("#confirm", other.username);
    await adminPage.click("form[action='?/delete'] button[type=submit]");
    await adminPage.waitForURL(/\/admin\/users\?deleted=/);
    await expect.poll(() => adminPage.locator("[data-form-message=success]").textContent()).toContain(`${other.username} was deleted`);
    expect(await api.db.user.count({ where: { id: other.user.id } })).toBe(0);
    // the audit log still names the deleted user
    await adminPage.goto(`${web.origin}/admin/audit`);
    await expect.poll(() => adminPage.locator("[data-testid=audit-table]").textContent()).toContain(`${other.username} (deleted)`);
  });

  it("works before JavaScript loads: form posts, field errors, avatar upload, password change, sign out everywhere", async () => {
    const plain = await registerVerified(api, api.client(), newAccount("lin"));
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      context.setDefaultTimeout(8000);
      const noJs = await context.newPage();
      await noJs.goto(`${web.origin}/login`);
      await noJs.fill("#identifier", plain.username);
      await noJs.fill("#password", "not the password");
      await noJs.click("form button[type=submit]");
      expect(await noJs.locator("[data-form-message=error]").textContent()).toContain("wrong");
      expect(await noJs.inputValue("#identifier")).toBe(plain.username);
      await noJs.fill("#password", plain.password);
      await noJs.click("form button[type=submit]");
      await noJs.waitForURL(/\/profile/);

      await noJs.fill("#update-username", "9lives");
      await noJs.click("[data-testid=partial-update-form] button[type=submit]");
      expect(await noJs.locator("[data-field-error=username]").first().textContent()).toContain("letter");
      expect(await noJs.inputValue("#update-username")).toBe("9lives");
      await noJs.fill("#update-username", "");
      await noJs.fill("#update-name", "Lin Plain");
      await noJs.click("[data-testid=partial-update-form] button[type=submit]");
      expect(await noJs.getByTestId("profile-name").textContent()).toBe("Lin Plain");

      await noJs.setInputFiles("#avatar", { name: "plain.png", mimeType: "image/png", buffer: gradientPng(48) });
      await noJs.click("form[action='?/avatar'] button[type=submit]");
      expect(await noJs.locator("#photo [data-form-message=success]").textContent()).toContain("New photo saved");
      expect(await noJs.locator("header img.rounded-full").getAttribute("src")).toMatch(/^\/uploads\/avatars\//);
      await screenshot(noJs, "profile-no-js");

      const newPassword = `${plain.password}-changed`;
      await noJs.fill("#password-current", plain.password);
      await noJs.fill("#password-new", newPassword);
      await noJs.fill("#password-confirm", newPassword);
      await noJs.click("form[action='?/changePassword'] button[type=submit]");
      expect(await noJs.locator("#password [data-form-message=success]").textContent()).toContain("Password changed");

      await noJs.goto(`${web.origin}/sessions`);
      await noJs.click("form[action='?/everywhere'] button[type=submit]");
      await noJs.waitForURL(/\/login\?everywhere/);
      expect(await cookie(context, "refresh_token")).toBeFalsy();
      await noJs.goto(`${web.origin}/profile`);
      expect(new URL(noJs.url()).pathname).toBe("/login");
    } finally {
      await context.close();
    }
  });
});
