import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "../helpers/log-capture.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { startMailCatcher } from "../helpers/mail-catcher.ts";
import { newAccount, REGISTER, VERIFY } from "../helpers/accounts.ts";

const { stream: sink, lines } = captureLogs();

let t: TestApp;
beforeAll(async () => (t = await startTestApp({ env: { LOG_LEVEL: "info" }, logStream: sink })));
afterAll(() => t.close());

describe("when SMTP is down", () => {
  it("register still creates the unverified user, logs the failure without the code, and resendOtp works once mail is back", async () => {
    const port = t.mail.port;
    await t.mail.stop();
    const account = newAccount();
    const client = t.client();
    const { register } = await client.ok(REGISTER, { input: account });
    expect(register.user.emailVerified).toBe(false);
    expect(await t.db.user.count({ where: { email: account.email } })).toBe(1);

    // every retry (50, 100, 200 ms in tests) fails while the server is down
    await new Promise((resolve) => setTimeout(resolve, 600));
    const failures = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "mail failed");
    expect(failures.length).toBe(4);
    expect(failures.at(-1).willRetry).toBe(false);
    expect(lines.join("\n")).not.toMatch(/\b\d{6}\b.*verification/);

    const back = await startMailCatcher(port);
    try {
      t.clock.advance(61_000);
      expect((await client.ok(`mutation($email: String!) { resendOtp(email: $email) }`, { email: account.email })).resendOtp).toBe(true);
      const code = await back.otpFor(account.email);
      expect((await client.ok(VERIFY, { email: account.email, code })).verifyOtp.user.emailVerified).toBe(true);
    } finally {
      await back.stop();
    }
  });

  it("a mail sent while SMTP is briefly down arrives on a retry", async () => {
    const port = t.mail.port;
    const account = newAccount();
    const client = t.client();
    const failuresBefore = lines.filter((l) => JSON.parse(l).msg === "mail failed").length;
    await client.ok(REGISTER, { input: account });
    // restart the server after the first attempt failed, within the backoff
    while (lines.filter((l) => JSON.parse(l).msg === "mail failed").length === failuresBefore) await new Promise((r) => setTimeout(r, 5));
    const back = await startMailCatcher(port);
    try {
      await expect(back.otpFor(account.email)).resolves.toMatch(/^\d{6}$/);
      // the SMTP server has the mail before the sender hears "250 OK" and logs it
      const retried = () => lines.map((l) => JSON.parse(l)).some((l) => l.msg === "mail sent" && l.attempt >= 1);
      for (let i = 0; i < 200 && !retried(); i++) await new Promise((r) => setTimeout(r, 10));
      expect(retried()).toBe(true);
    } finally {
      await back.stop();
    }
  });
});
