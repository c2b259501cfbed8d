import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { inject } from "vitest";
import { buildApp } from "../../server/src/app.ts";
import { loadConfig, type Config } from "../../server/src/config.ts";
import type { Db } from "../../server/src/db/client.ts";
import { createManualClock } from "../../server/src/lib/clock.ts";
import { freshDatabase } from "./database.ts";
import { startMailCatcher, type MailCatcher } from "./mail-catcher.ts";
import { GqlClient, type ClientOptions } from "./gql-client.ts";

export type ManualClock = ReturnType<typeof createManualClock>;

export interface TestApp {
  /** the API's base URL on a real loopback port */
  url: string;
  app: FastifyInstance;
  db: Db;
  config: Config;
  clock: ManualClock;
  mail: MailCatcher;
  uploadDir: string;
  /** the SQLite file (null on PostgreSQL) */
  databaseFile: string | null;
  /** its DATABASE_URL */
  databaseUrl: string;
  client(options?: ClientOptions): GqlClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** extra environment, e.g. WEB_ORIGIN for browser tests */
  env?: Record<string, string>;
  /** a clock you control; a manual clock at the real time by default */
  clock?: ManualClock;
  /** no SMTP listener: mail goes to the embedded dev mailbox */
  devMailbox?: boolean;
  /** capture the app's logs (JSON lines) */
  logStream?: import("node:stream").Writable;
}

/**
 * The real app on a fresh copy of the migrated SQLite database, with a real SMTP listener
 * receiving its mail and a real HTTP port. One per test file (or per test that needs it).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const tmpDir = inject("tmpDir");
  const id = randomBytes(6).toString("hex");
  const database = await freshDatabase();
  const uploadDir = mkdtempSync(path.join(tmpDir, `uploads-${id}-`));
  const mail = await startMailCatcher();
  const clock = options.clock ?? createManualClock(new Date());
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(32).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("base64"),
    UPLOAD_DIR: uploadDir,
    WEB_ORIGIN: "http://localhost:5173",
    ...(options.devMailbox ? {} : { SMTP_URL: `smtp://127.0.0.1:${mail.port}` }),
    // no event-loop guard (even for production-mode apps): a busy test machine would trip it at random
    MAX_EVENT_LOOP_DELAY_MS: "0",
    ...options.env,
  });
  const app = await buildApp({ config, clock, mailRetryDelaysMs: [50, 100, 200], logStream: options.logStream });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    db: app.db,
    config,
    clock,
    mail,
    uploadDir,
    databaseFile: database.file,
    databaseUrl: database.url,
    client: (clientOptions) => new GqlClient(url, clientOptions),
    async close() {
      await app.close();
      await mail.stop();
      await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
