// Several API processes on one database, as a load balancer spreads clients over them: for
// the cross-instance tests. Each is the real entry point (server/src/server.ts) in a process of
// its own; they share what a deployment shares (DATABASE_URL, JWT_SECRET, DATA_KEY, the SMTP
// server, UPLOAD_DIR) and nothing else.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startApiProcess, type ApiProcess } from "./api-process.ts";
import { GqlClient, type ClientOptions } from "./gql-client.ts";
import { startMailCatcher, type MailCatcher } from "./mail-catcher.ts";

export interface Instances {
  processes: ApiProcess[];
  /** the SMTP listener every instance sends to */
  mail: MailCatcher;
  /** the environment they share */
  env: Record<string, string>;
  /** a client of instance `i` (a client address of its own unless options.headers say otherwise) */
  client(i: number, options?: ClientOptions): GqlClient;
  /** one more instance on the same database and secrets */
  start(): Promise<ApiProcess>;
  /** SIGTERM to each, then the mail listener and the upload folder go */
  close(): Promise<void>;
}

export async function startInstances(count: number, databaseUrl: string, env: Record<string, string> = {}): Promise<Instances> {
  const mail = await startMailCatcher();
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), "authkit-instances-"));
  const shared = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("base64"),
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    UPLOAD_DIR: uploadDir,
    WEB_ORIGIN: "http://localhost:5173",
    ...env,
  };
  const processes: ApiProcess[] = [];
  const start = async () => {
    const started = await startApiProcess(shared);
    processes.push(started);
    return started;
  };
  try {
    // all at once, as a rollout starts them
    await Promise.all(Array.from({ length: count }, start));
  } catch (error) {
    await Promise.all(processes.map((p) => p.stop()));
    await mail.stop();
    throw error;
  }
  return {
    processes,
    mail,
    env: shared,
    client: (i, options) => new GqlClient(processes[i].url, options),
    start,
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await mail.stop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Rows of one statement on a PostgreSQL database, for a test to look at what the instances wrote. */
export async function sqlOn<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
