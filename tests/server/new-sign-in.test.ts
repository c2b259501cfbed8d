// A sign-in from a device and network the account has not used before mails a notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerVerified } from "../helpers/accounts.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { LOGIN } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const noNotice = (to: string) => expect(t.mail.next({ to, subject: /new sign-in/i }, 600)).rejects.toThrow(/no mail/);

describe("new sign-in notice", () => {
  it("not for the sign-in of the verification, nor again from the same browser and network", async () => {
    const client = t.client({ userAgent: "Firefox on Linux" });
    const account = await registerVerified(t, client);
    await noNotice(account.email);
    await t.client({ userAgent: "Firefox on Linux", headers: { "x-forwarded-for": client.ip } }).ok(LOGIN, { identifier: account.email, password: account.password });
    await noNotice(account.email);
  });

  it("for another browser, or the same browser on another network: device, address, time and the sessions page", async () => {
    const client = t.client({ userAgent: "Firefox on Linux" });
    const account = await registerVerified(t, client);
    await t.client({ userAgent: "Safari on iPhone", headers: { "x-forwarded-for": "203.0.113.7" } }).ok(LOGIN, { identifier: account.email, password: account.password });
    const mail = await t.mail.next({ to: account.email, subject: /new sign-in/i });
    expect(mail.text).toContain("Safari on iPhone");
    expect(mail.text).toContain("203.0.113.7");
    expect(mail.text).toContain(`${t.config.webOrigin}/sessions`);
    await t.client({ userAgent: "Firefox on Linux", headers: { "x-forwarded-for": "198.51.100.9" } }).ok(LOGIN, { identifier: account.email, password: account.password });
    expect((await t.mail.next({ to: account.email, subject: /new sign-in/i })).text).toContain("198.51.100.9");
  });
});
