import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { artifactsDir, launchBrowser, screenshot } from "./browser.ts";
import path from "node:path";

// Issue #2's hand check, automated: in GraphiQL a person registers, reads the code in the dev
// mailbox, verifies, and queries `me` — all in the browser, on the API's own origin.

let t: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestApp({ devMailbox: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function run(query: string): Promise<any> {
  await page.goto(`${t.url}/graphiql?query=${encodeURIComponent(query)}`);
  await page.locator(".graphiql-execute-button").waitFor({ timeout: 15_000 });
  // GraphiQL also fetches the schema: wait for the answer to this very operation
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes(query.slice(0, 20).replace(/"/g, '\\"'))),
    page.locator(".graphiql-execute-button").click(),
  ]);
  const body = await response.json();
  // and the result pane shows it to the person
  await expect.poll(() => page.locator(".result-window").innerText(), { timeout: 10_000 }).toContain(body.errors ? '"errors"' : '"data"');
  return body;
}

describe("GraphiQL", () => {
  it("loads from our own origin with no third-party script", async () => {
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(t.url)) external.push(request.url());
    });
    await page.goto(`${t.url}/graphiql`);
    await page.locator(".graphiql-execute-button").waitFor({ timeout: 15_000 });
    expect(external).toEqual([]);
  });

  it("shows the schema in the docs explorer: the standard introspection query passes the limits", async () => {
    await page.goto(`${t.url}/graphiql`);
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const explorer = page.locator(".graphiql-doc-explorer");
    await expect.poll(() => explorer.innerText(), { timeout: 15_000 }).toMatch(/Root Types\s+query:\s*Query/);
    await explorer
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ })
      .first()
      .click({ timeout: 10_000 });
    await expect.poll(() => explorer.innerText(), { timeout: 10_000 }).toMatch(/me:\s*User/);
    await page.screenshot({ path: path.join(artifactsDir, "api-graphiql-docs.png") });
  });

  it("registers, reads the code from the dev mailbox, verifies and queries me", async () => {
    const registered = await run(`mutation { register(input: { username: "ada", email: "ada@example.com", password: "analytical-engine" }) { user { username emailVerified } } }`);
    expect(registered.data.register.user).toEqual({ username: "ada", emailVerified: false });

    const mailbox = await page.goto(`${t.url}/dev/mail`);
    expect(mailbox!.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
    await expect.poll(() => page.locator("article").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const subject = await page.locator("article strong").first().innerText();
    const code = /(\d{6})/.exec(subject)![1];
    await screenshot(page, "api-dev-mailbox");

    const verified = await run(`mutation { verifyOtp(email: "ada@example.com", code: "${code}") { user { emailVerified } } }`);
    expect(verified.data.verifyOtp.user.emailVerified).toBe(true);

    const me = await run(`{ me { username email role } }`);
    expect(me.data.me).toEqual({ username: "ada", email: "ada@example.com", role: "USER" });
    await page.screenshot({ path: path.join(artifactsDir, "api-graphiql-me.png") });
  });
});
