import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount } from "../helpers/accounts.ts";
import { startApiProcess } from "../helpers/api-process.ts";
import { freshDatabase } from "../helpers/database.ts";
import { errorCode, GqlClient } from "../helpers/gql-client.ts";
import { captureLogs } from "../helpers/log-capture.ts";
import { startMailCatcher } from "../helpers/mail-catcher.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { REGISTER, VERIFY } from "../helpers/operations.ts";

const { stream, entries, waitFor } = captureLogs();
const sent = (entry: { msg: string }) => entry.msg === "mail sent";

let t: TestApp;
beforeAll(async () => (t = await startTestApp({ env: { LOG_LEVEL: "info" }, logStream: stream })));
afterAll(() => t.close());

describe("the mail outbox", () => {
  it("queues a mail with the change that causes it: a change that fails leaves no mail", async () => {
    const failed = newAccount();
    // the registration's last write (its audit row) fails, after the user, the code and the mail
    await t.db.$executeRawUnsafe('ALTER TABLE "AuditEvent" RENAME TO "AuditEventAway"');
    try {
      expect(errorCode(await t.client().gql(REGISTER, { input: failed }))).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await t.db.$executeRawUnsafe('ALTER TABLE "AuditEventAway" RENAME TO "AuditEvent"');
    }
    expect(await t.db.user.count({ where: { email: failed.email } })).toBe(0);
    expect(await t.db.mailOutbox.count()).toBe(0);

    const account = newAccount();
    await t.client().ok(REGISTER, { input: account });
    await t.mail.otpFor(account.email);
    expect(t.mail.messages.filter((m) => m.to === failed.email)).toEqual([]);
    // the SMTP server has it before the sender hears "250 OK", deletes it and says so
    await waitFor(sent);
  });

  it("keeps the mail sealed at rest, held by one sender while it sends, and deletes it once sent", async () => {
    const account = newAccount();
    const held = t.mail.holdNext();
    const sentBefore = entries().filter(sent).length;
    await t.client().ok(REGISTER, { input: account });
    const smtp = await held;

    const rows = await t.db.mailOutbox.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0].kind).toBe("otp.verify_email");
    expect(Number(rows[0].leaseUntil)).toBeGreaterThan(Date.now());
    const atRest = JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    smtp.accept();
    const code = await t.mail.otpFor(account.email);
    for (const secret of [account.email, account.email.split("@")[0], code, "verification code"]) expect(atRest).not.toContain(secret);

    await waitFor(sent, sentBefore + 1);
    expect(await t.db.mailOutbox.count()).toBe(0);
  });
});

describe("a crash between commit and send", () => {
  it("loses nothing: the mail an instance was sending when killed (kill -9) is sent once by the next one", async () => {
    const database = await freshDatabase("outbox_crash");
    const mail = await startMailCatcher();
    const env = {
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString("base64url"),
      DATA_KEY: randomBytes(32).toString("base64"),
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      // the hold a killed sender leaves behind, to wait out here
      MAIL_LEASE: "2s",
    };
    const first = await startApiProcess(env);
    let second: Awaited<ReturnType<typeof startApiProcess>> | undefined;
    try {
      const account = newAccount();
      const held = mail.holdNext();
      await new GqlClient(first.url).ok(REGISTER, { input: account });
      // the first instance committed the mail and is mid-send: the SMTP server has it, unanswered
      await held;
      first.child.kill("SIGKILL");
      await first.exited;

      second = await startApiProcess(env);
      const code = await mail.otpFor(account.email);
      await second.logged(/"msg":"mail sent"/);
      expect(mail.messages.filter((m) => m.to === account.email)).toHaveLength(1);
      expect((await new GqlClient(second.url).ok(VERIFY, { email: account.email, code })).verifyOtp.user.emailVerified).toBe(true);
    } finally {
      first.child.kill("SIGKILL");
      second?.child.kill("SIGKILL");
      await Promise.all([first.exited, second?.exited]);
      await mail.stop();
      await database.drop();
    }
  }, 120_000); // two processes start (tsx compiles the server each time), and the lease runs out
});
