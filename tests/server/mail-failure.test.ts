import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "../helpers/log-capture.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { startMailCatcher } from "../helpers/mail-catcher.ts";
import { newAccount } from "../helpers/accounts.ts";
import { REGISTER, RESEND, VERIFY } from "../helpers/operations.ts";

const { stream: sink, lines, waitFor } = captureLogs();
const mailFailed = (entry: { msg: string }) => entry.msg === "mail failed";

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

    // every retry (50, 100, 200 ms in tests) fails while the server is down; the last one gives up
    const failures = await waitFor((entry) => mailFailed(entry) && entry.willRetry === false);
    expect(failures).toHaveLength(1);
    expect(lines.map((l) => JSON.parse(l)).filter(mailFailed)).toHaveLength(4);
    expect(lines.join("\n")).not.toMatch(/\b\d{6}\b.*verification/);

    const back = await startMailCatcher(port);
    try {
      t.clock.advance(61_000);
      expect((await client.ok(RESEND, { email: account.email })).resendOtp).toBe(true);
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
    const failuresBefore = lines.filter((l) => mailFailed(JSON.parse(l))).length;
    await client.ok(REGISTER, { input: account });
    // restart the server after the first attempt failed, within the backoff
    await waitFor(mailFailed, failuresBefore + 1);
    const back = await startMailCatcher(port);
    try {
      await expect(back.otpFor(account.email)).resolves.toMatch(/^\d{6}$/);
      // the SMTP server has the mail before the sender hears "250 OK" and logs it
      await waitFor((entry) => entry.msg === "mail sent" && entry.attempt >= 1);
    } finally {
      await back.stop();
    }
  });
});
