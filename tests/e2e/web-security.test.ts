// The web app's own security findings, against the built web server, a real API (dev mailbox
// on, as `pnpm dev` runs it, so a leak would show codes) and Chromium.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount } from "../helpers/accounts.ts";
import { DESKTOP, launchBrowser, screenshot } from "./browser.ts";
import { gradientPng } from "./png.ts";
import { ensureWebBuild, freePort, startWebServer, type WebServer } from "./web-server.ts";
import { REGISTER, VERIFY } from "../helpers/operations.ts";

const CSP_VIOLATION = /Content Security Policy/i;

let api: TestApp;
let web: WebServer;
let browser: Browser;
const person = newAccount("sec");

/** The code the dev mailbox holds for an address (its subject starts with it). */
async function devMailboxCode(email: string): Promise<string> {
  const mails = (await api.app.deps.mailer.devMailbox()) as Array<{ to: string; subject: string }>;
  return /^\d{6}/.exec(mails.find((mail) => mail.to === email)!.subject)![0];
}

beforeAll(async () => {
  ensureWebBuild();
  const port = await freePort();
  api = await startTestApp({ devMailbox: true, env: { WEB_ORIGIN: `http://127.0.0.1:${port}` } });
  web = await startWebServer(port, api.url);
  browser = await launchBrowser();
  const client = api.client();
  await client.ok(REGISTER, { input: person });
  await client.ok(VERIFY, { email: person.email, code: await devMailboxCode(person.email) });
});

afterAll(async () => {
  if (web?.output().includes("Error")) console.log(`web server output:\n${web.output()}`);
  await browser?.close();
  await web?.stop();
  await api?.close();
});

/** A fresh browser profile on the sign-in page with `query`; another site is stubbed so a redirect there is visible. */
async function signInWith(query: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.route(/^https?:\/\/evil\.example\//, (route) => route.fulfill({ contentType: "text/html", body: "<h1>evil</h1>" }));
  const page = await context.newPage();
  await page.goto(`${web.origin}/login${query}`);
  await page.fill("#identifier", person.username);
  await page.fill("#password", person.password);
  await page.click("form button[type=submit]");
  await page.waitForURL((url) => url.pathname !== "/login");
  return { context, page };
}

describe("the /uploads proxy", () => {
  const status = async (rawPath: string) => (await fetch(`${web.origin}${rawPath}`)).status;

  it("serves a stored avatar by its generated name", async () => {
    const name = `${"ab".repeat(16)}.png`;
    mkdirSync(path.join(api.uploadDir, "avatars"), { recursive: true });
    writeFileSync(path.join(api.uploadDir, "avatars", name), gradientPng());
    const response = await fetch(`${web.origin}/uploads/avatars/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("reaches nothing else of the API, however the path is encoded", async () => {
    // before the fix the first answered the API's /health, the second every mailed code
    const leaked = await fetch(`${web.origin}/uploads/..%2fdev%2fmail.json`);
    expect(leaked.status).toBe(404);
    expect(await leaked.text()).not.toContain(person.email);
    const name = `${"ab".repeat(16)}.png`;
    for (const rawPath of [
      "/uploads/..%2fhealth",
      "/uploads/..%2Fhealth",
      "/uploads/%2e%2e%2fhealth",
      "/uploads/%2E%2E/health",
      "/uploads/..%5chealth",
      "/uploads/%252e%252e%252fhealth",
      "/uploads/..%252fhealth",
      "/uploads/avatars/..%2f..%2fhealth",
      "/uploads/avatars/%2e%2e%2f%2e%2e%2fdev%2fmail.json",
      `/uploads/avatars%2f${name}`,
      `/uploads/avatars/${name}%00`,
      `/uploads/avatars/${name.toUpperCase()}`,
      "/uploads/health",
    ]) {
      expect(await status(rawPath), rawPath).toBe(404);
    }
  });
});

describe("the sign-in redirect", () => {
  it("never leaves the site, however the target hides another host", async () => {
    // the reported two; web-security-redirect.test.ts checks the sanitiser against many more
    for (const redirectTo of ["%2F%09%2Fevil.example", "%2F%09%5Cevil.example"]) {
      const { context, page } = await signInWith(`?redirectTo=${redirectTo}`);
      expect(page.url(), redirectTo).toBe(`${web.origin}/profile`);
      if (redirectTo === "%2F%09%2Fevil.example") await screenshot(page, "redirect-after-login");
      await context.close();
    }
  }, 60_000);

  it("still goes where a signed-out visitor wanted to go", async () => {
    const { context, page } = await signInWith(`?redirectTo=${encodeURIComponent("/sessions?from=login")}`);
    expect(page.url()).toBe(`${web.origin}/sessions?from=login`);
    await context.close();
  });

  it("falls back to /profile for control and invisible characters instead of failing", async () => {
    const form = new URLSearchParams({ identifier: person.username, password: person.password });
    for (const redirectTo of ["%2F%0a%2Fx", "%2F%0d%2Fx", "%2F%00%2Fx", "%2F%E2%80%8B%2Fx", "/%0a/x"]) {
      const response = await fetch(`${web.origin}/login?redirectTo=${redirectTo}`, {
        method: "POST",
        headers: { origin: web.origin, accept: "text/html", "content-type": "application/x-www-form-urlencoded" },
        body: form,
        redirect: "manual",
      });
      expect(response.status, redirectTo).toBe(303);
      expect(response.headers.get("location"), redirectTo).toBe("/profile");
    }
  });
});

describe("headers and framing", () => {
  it("sends security headers on pages, and no-store on a signed-in user's pages", async () => {
    const login = await fetch(`${web.origin}/login`);
    expect(login.headers.get("x-frame-options")).toBe("DENY");
    expect(login.headers.get("x-content-type-options")).toBe("nosniff");
    expect(login.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const csp = login.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(login.headers.get("strict-transport-security")).toBeNull(); // plain http here
    const { context, page } = await signInWith("");
    const profile = await page.request.get(`${web.origin}/profile`, { maxRedirects: 0 });
    expect(profile.status()).toBe(200);
    expect(profile.headers()["cache-control"]).toBe("no-store");
    await context.close();
  });

  it("keeps the app out of another origin's frames", async () => {
    const { context, page } = await signInWith("");
    // same site, other origin (a real server: Chromium keeps stubbed pages off local addresses);
    // the Lax session cookies would go along with a framed request
    const frameHtml = `<h1>Win a prize</h1><iframe src="${web.origin}/sessions" width="360" height="500" onload="document.title = 'framed'"></iframe>`;
    const attacker = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(frameHtml));
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.title === "framed");
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(frame.url()).not.toContain(web.origin);
    expect(await frame.locator("text=Where you are signed in").count()).toBe(0);
    await screenshot(page, "framed-sessions");
    await context.close();
    attacker.close();
  });

  it("still styles and hydrates its pages under the policy: use:enhance forms work", async () => {
    const { context, page } = await signInWith("");
    const violations: string[] = [];
    page.on("console", (message) => void (CSP_VIOLATION.test(message.text()) && violations.push(message.text())));
    await page.goto(`${web.origin}/profile`);
    // Tailwind's stylesheet applied: the page background is zinc-50, not the browser's white
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    const enhanced = page.waitForRequest((request) => request.method() === "POST" && request.headers()["x-sveltekit-action"] === "true");
    await page.fill("#update-name", "Grace Hopper");
    await page.click("[data-testid=partial-update-form] button[type=submit]");
    await enhanced; // sent by use:enhance's fetch, so the page hydrated and its script ran
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe("Grace Hopper");
    await screenshot(page, "profile-under-csp");
    expect(violations).toEqual([]);
    await context.close();
  });
});
