// The web app's live parts (@urql/svelte in the page, through the web app's own /graphql proxy):
// the admin users search follows what is typed, and the sessions list refreshes and signs a
// device out, all without loading a page. Without JavaScript the same forms still work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { TestApp } from "../helpers/test-app.ts";
import { newAccount, registerVerified, setRole } from "../helpers/accounts.ts";
import { DESKTOP, screenshot } from "./browser.ts";
import { startBrowserStack, type BrowserStack } from "./stack.ts";
import type { WebServer } from "./web-server.ts";

let stack: BrowserStack;
let api: TestApp;
let web: WebServer;
let browser: Browser;
const admin = newAccount("admin");
const quokka = newAccount("quokka");
const quoll = newAccount("quoll");

beforeAll(async () => {
  stack = await startBrowserStack();
  ({ api, web, browser } = stack);
  const created = await registerVerified(api, api.client(), admin);
  await setRole(api, created.user.id, "ADMIN");
  await registerVerified(api, api.client(), quokka);
  await registerVerified(api, api.client(), quoll);
});
afterAll(() => stack?.stop());

async function signedIn(account: { email: string; password: string }, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await page.goto(`${web.origin}/login`);
  await page.fill("#identifier", account.email);
  await page.fill("#password", account.password);
  await page.click("form button[type=submit]");
  await page.waitForURL((url) => url.pathname !== "/login");
  return { context, page };
}

/**
 * Watches a page for loads: a full one (a document) or a SvelteKit navigation (its __data.json),
 * and marks the window, which a full load would wipe. What the page asks /graphql is kept.
 */
async function watch(page: Page) {
  const loads: string[] = [];
  const graphql: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document" || request.url().includes("__data.json")) loads.push(request.url());
    if (new URL(request.url()).pathname === "/graphql") graphql.push(request.postData() ?? "");
  });
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  return { loads, graphql, samePage: () => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true) };
}

const usernames = (page: Page) =>
  page.locator("[data-testid=users-table] tbody tr[data-username]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-username")).sort());

describe("the admin users search", () => {
  it("filters as the admin types, without loading a page, and the URL keeps the search", async () => {
    const { page } = await signedIn(admin);
    await page.goto(`${web.origin}/admin/users`);
    await expect.poll(() => usernames(page)).toContain(quokka.username);
    const watched = await watch(page);

    await page.locator("#q").pressSequentially("quo");
    await expect.poll(() => usernames(page)).toEqual([quokka.username, quoll.username].sort());
    await page.locator("#q").pressSequentially("k");
    await expect.poll(() => usernames(page)).toEqual([quokka.username]);
    await expect.poll(() => page.locator("p[aria-live]").textContent()).toContain("1 user found");

    expect(await watched.samePage()).toBe(true);
    expect(watched.loads).toEqual([]);
    expect(watched.graphql.some((body) => body.includes("query Users") && body.includes('"search":"quok"'))).toBe(true);
    expect(new URL(page.url()).searchParams.get("q")).toBe("quok");
    await screenshot(page, "admin-users-live");

    // the URL it left is the same view, served by the load
    await page.reload();
    expect(await page.inputValue("#q")).toBe("quok");
    expect(await usernames(page)).toEqual([quokka.username]);
  });

  it("still filters without JavaScript, through the form and the load", async () => {
    const { context } = await signedIn(admin);
    const noScript = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    await noScript.addCookies(await context.cookies());
    const page = await noScript.newPage();
    await page.goto(`${web.origin}/admin/users`);
    await page.fill("#q", "quoll");
    await page.click("form[role=search] button");
    await page.waitForURL((url) => url.searchParams.get("q") === "quoll");
    expect(await usernames(page)).toEqual([quoll.username]);
  });
});

describe("the sessions list", () => {
  it("refreshes and signs a device out without loading a page", async () => {
    const { page } = await signedIn(quokka);
    await page.goto(`${web.origin}/sessions`);
    await expect.poll(() => page.locator("[data-current=true]").textContent()).toContain("This device");
    const watched = await watch(page);
    const firefox = page.locator("[data-current=false]", { hasText: "Firefox" });
    expect(await firefox.count()).toBe(0);

    // a sign-in elsewhere shows up on Refresh
    const elsewhere = await signedIn(quokka, { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0" });
    await page.click("text=Refresh");
    await expect.poll(() => firefox.count()).toBe(1);

    await firefox.locator("button[type=submit]").click();
    await expect.poll(() => page.locator("[data-form-message=success]").textContent()).toContain("signed out");
    await expect.poll(() => firefox.count()).toBe(0);
    expect(await watched.samePage()).toBe(true);
    expect(watched.loads).toEqual([]);
    expect(watched.graphql.some((body) => body.includes("mutation RevokeSession"))).toBe(true);
    await screenshot(page, "sessions-live");

    // and that device is signed out for real
    await elsewhere.page.goto(`${web.origin}/profile`);
    expect(new URL(elsewhere.page.url()).pathname).toBe("/login");
  });
});
