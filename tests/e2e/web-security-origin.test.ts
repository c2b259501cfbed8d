// A production web app whose public origin is plain http on a real host name: the API's
// Secure cookies never stick there, so sign-in silently fails. Say so, at start and on the
// sign-in page. Over https, say nothing and send HSTS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { DESKTOP, launchBrowser, screenshot } from "./browser.ts";
import { ensureWebBuild, freePort, startWebServer, type WebServer } from "./web-server.ts";

let api: TestApp;
let plainHttp: WebServer;
let https: WebServer;
let browser: Browser;

/** The built web app told its public origin is `origin` (it is still reached on 127.0.0.1 here). */
const startWithOrigin = async (origin: string) => startWebServer(await freePort(), api.url, { viaStartScript: true, env: { ORIGIN: origin, WEB_ORIGIN: origin } });

beforeAll(async () => {
  ensureWebBuild();
  api = await startTestApp({ env: { NODE_ENV: "production", WEB_ORIGIN: "http://auth.example.test" } });
  [plainHttp, https] = await Promise.all([startWithOrigin("http://auth.example.test"), startWithOrigin("https://auth.example.test")]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([plainHttp?.stop(), https?.stop()]);
  await api?.close();
});

describe("a production web app on plain http", () => {
  it("warns at start", async () => {
    await expect.poll(() => plainHttp.output()).toMatch(/auth\.example\.test is plain http.*https:/i);
    expect(https.output()).not.toMatch(/plain http/i);
  });

  it("tells people on the sign-in page that signing in cannot stick", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${plainHttp.origin}/login`);
    const notice = page.getByTestId("plain-http-notice");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/https/);
    await screenshot(page, "login-plain-http");
    await page.goto(`${https.origin}/login`);
    expect(await page.getByTestId("plain-http-notice").count()).toBe(0);
    await page.close();
  });

  it("sends HSTS only when the public origin is https", async () => {
    expect((await fetch(`${https.origin}/login`)).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect((await fetch(`${plainHttp.origin}/login`)).headers.get("strict-transport-security")).toBeNull();
  });
});
