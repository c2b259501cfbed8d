import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createDb } from "../../server/src/db/client.ts";
import { createStore } from "../../server/src/db/store.ts";
import { createMailer } from "../../server/src/mail/mailer.ts";
import { securityNoticeMail } from "../../server/src/mail/templates.ts";
import { freshDatabase, onPostgres } from "../helpers/database.ts";
import { captureLogs } from "../helpers/log-capture.ts";
import { startMailCatcher } from "../helpers/mail-catcher.ts";

const MAILS = 30;

describe.runIf(onPostgres())("two instances on one PostgreSQL database", () => {
  it("send a backlog of queued mail between them, each mail once", async () => {
    const database = await freshDatabase("outbox_two");
    const mail = await startMailCatcher();
    const env = {
      NODE_ENV: "test",
      LOG_LEVEL: "info",
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString("base64url"),
      DATA_KEY: randomBytes(32).toString("base64"),
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    };
    const config = loadConfig(env);
    // queued by a process that never sends (stopped before its sender ran)
    const store = createStore(await createDb(config.database));
    // (the search index made once here: two instances making it at once race on CREATE EXTENSION)
    await store.prepare();
    const queuer = createMailer({ store, dataKey: config.dataKey, from: config.mailFrom, log: { info() {}, error() {} } });
    const addresses = Array.from({ length: MAILS }, (_, i) => `backlog${i}-${randomBytes(3).toString("hex")}@example.com`);
    for (const to of addresses) await queuer.send(securityNoticeMail(to, "A test notice"));
    await store.close();

    // both start at once and drain the same backlog
    const logs = [captureLogs(), captureLogs()];
    const apps = await Promise.all(logs.map((log) => buildApp({ config, logStream: log.stream })));
    try {
      const sent = (entry: { msg: string }) => entry.msg === "mail sent";
      await Promise.all(addresses.map((to) => mail.next({ to })));
      // each instance logs after the SMTP server's answer: wait until all 30 are told
      for (;;) {
        const told = logs.reduce((n, log) => n + log.entries().filter(sent).length, 0);
        if (told >= MAILS) break;
        await Promise.race(logs.map((log) => log.waitFor(sent, log.entries().filter(sent).length + 1).catch(() => {})));
      }
      expect(mail.messages.map((m) => m.to).sort()).toEqual([...addresses].sort());
      expect(logs.reduce((n, log) => n + log.entries().filter(sent).length, 0)).toBe(MAILS);
      expect(await apps[0].db.mailOutbox.count()).toBe(0);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await mail.stop();
      await database.drop();
    }
  }, 120_000);
});
