// Passkeys in Debian's Chromium with the DevTools protocol's virtual authenticator (a platform
// authenticator with resident keys and user verification): add one on the profile page, sign
// out, sign in with "Sign in with a passkey", and see the profile. WebAuthn wants a domain as
// RP ID (an IP address is refused), so this stack runs on http://localhost (a secure context).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CDPSession, Page } from "playwright-core";
import { registerVerified } from "../helpers/accounts.ts";
import { totpCode } from "../helpers/totp.ts";
import { DESKTOP, screenshot } from "./browser.ts";
import { startBrowserStack, type BrowserStack } from "./stack.ts";
import { CONFIRM_TOTP, LOGIN, START_TOTP } from "../helpers/operations.ts";

let stack: BrowserStack;
let page: Page;
let cdp: CDPSession;
let authenticatorId = "";
let account: Awaited<ReturnType<typeof registerVerified>>;

beforeAll(async () => {
  stack = await startBrowserStack({}, { host: "localhost" });
  account = await registerVerified(stack.api, stack.api.client());
  page = await (await stack.browser.newContext({ viewport: DESKTOP })).newPage();
  cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  ({ authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  }));
});
afterAll(() => stack?.stop());

describe("passkeys in the browser", () => {
  it("are added on the profile page, named after the device", async () => {
    expect(stack.web.origin).toMatch(/^http:\/\/localhost:\d+$/);
    await page.goto(`${stack.web.origin}/login`);
    await page.fill("input[name=identifier]", account.email);
    await page.fill("input[name=password]", account.password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/profile/);
    const add = page.getByRole("button", { name: "Add a passkey" });
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    await expect.poll(() => page.locator("#passkeys [data-form-message=success]").textContent()).toContain("Passkey added");
    await expect.poll(() => page.getByTestId("passkey-name").first().textContent()).toContain("Chrome on Linux");
    expect(await page.locator("#passkeys").textContent()).toContain("last used never");
    // a discoverable credential, kept by the authenticator for our RP, with the account as user handle
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ isResidentCredential: true, rpId: "localhost" });
    expect(Buffer.from(credentials[0].userHandle!, "base64").toString()).toBe(account.user.id);
    await page.locator("#passkeys").scrollIntoViewIfNeeded();
    await screenshot(page, "passkeys-profile");
  });

  it("sign in from the username field's suggestions (conditional UI) as soon as the login page opens", async () => {
    // the virtual authenticator answers a conditional request at once, as a person picking
    // the passkey from the autofill list would
    await page.click("text=Sign out");
    await page.waitForURL(/\/profile/);
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe(account.username);
    await expect.poll(() => page.locator("#passkeys").textContent()).not.toContain("last used never");
  });

  it("sign in with 'Sign in with a passkey' and no username or password, then see the profile", async () => {
    // a browser without conditional UI: the button is the way in. Sign-out navigates within
    // the page (no new document), so the current document is changed as well as later ones.
    const noAutofill = () => Object.defineProperty(PublicKeyCredential, "isConditionalMediationAvailable", { value: async () => false });
    await page.addInitScript(noAutofill);
    await page.evaluate(noAutofill);
    await page.click("text=Sign out");
    await page.waitForURL(/\/login/);
    expect(await page.locator("input[name=identifier]").getAttribute("autocomplete")).toBe("username webauthn");
    const button = page.getByRole("button", { name: "Sign in with a passkey" });
    await button.waitFor();
    await screenshot(page, "passkeys-login");
    await button.click();
    await page.waitForURL(/\/profile/);
    await expect.poll(() => page.getByTestId("profile-name").textContent()).toBe(account.username);
    const events = await stack.api.db.auditEvent.findMany({ where: { targetId: account.user.id, action: "auth.sign_in" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.detail)).toEqual(["email-verified", "password", "passkey", "passkey"]);
    await page.locator("#passkeys").scrollIntoViewIfNeeded();
    await screenshot(page, "passkeys-signed-in");
  });

  it("ends the two-factor step of an account with MFA on: 'Use a passkey instead'", async () => {
    const client = stack.api.client();
    await client.ok(LOGIN, { identifier: account.username, password: account.password });
    const { startTotpEnrollment } = await client.ok(START_TOTP, { currentPassword: account.password });
    await client.ok(CONFIRM_TOTP, { code: totpCode(startTotpEnrollment.secret, stack.api.clock.now()) });
    await page.click("text=Sign out");
    await page.waitForURL(/\/login/);
    await page.fill("input[name=identifier]", account.email);
    await page.fill("input[name=password]", account.password);
    await page.click("form button[type=submit]");
    await page.waitForURL(/\/login\/mfa/);
    await screenshot(page, "passkeys-mfa-step");
    await page.getByRole("button", { name: "Use a passkey instead" }).click();
    await page.waitForURL(/\/profile/);
    await expect.poll(() => page.getByTestId("mfa-on").isVisible()).toBe(true);
  });

  it("is renamed and removed from the profile page", async () => {
    await page.locator("#passkeys summary", { hasText: "Rename" }).click();
    await page.locator("#passkeys").getByLabel("New name").fill("My laptop");
    await page.locator("#passkeys form[action='?/renamePasskey'] button[type=submit]").click();
    await expect.poll(() => page.getByTestId("passkey-name").first().textContent()).toContain("My laptop");
    await page.getByRole("button", { name: "Remove My laptop" }).click();
    await expect.poll(() => page.locator("#passkeys [data-form-message=success]").textContent()).toContain('Removed "My laptop"');
    expect(await page.getByTestId("passkey-list").count()).toBe(0);
  });
});
