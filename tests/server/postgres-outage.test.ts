// PostgreSQL going away while the API runs, and not being there at start (pnpm test:postgres).
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount } from "../helpers/accounts.ts";
import { onPostgres } from "../helpers/database.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { startPostgres, type PostgresServer } from "../helpers/postgres-server.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { REGISTER } from "../helpers/operations.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!onPostgres())("PostgreSQL outages", () => {
  // a server of its own, so stopping it does not stop the other test files
  let server: PostgresServer;
  let t: TestApp;
  beforeAll(async () => {
    server = await startPostgres();
    server.sql("CREATE DATABASE outage");
    execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: server.url("outage") }, stdio: "pipe" });
    t = await startTestApp({ env: { DATABASE_URL: server.url("outage") } });
  });
  afterAll(async () => {
    await t?.close();
    server?.stop();
  });

  it("answers 503 on /health and a clear error while it is down, and recovers by itself when it is back", async () => {
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    await t.client().ok(REGISTER, { input: newAccount() });

    server.halt();
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "error", db: "down" });
    const refused = await t.client().gql(REGISTER, { input: newAccount() });
    expect(errorCode(refused)).toBe("INTERNAL_SERVER_ERROR");
    expect(refused.errors![0].message).toBe("The service cannot store data right now. Try again later.");

    server.resume();
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    const account = newAccount();
    const { register } = await t.client().ok(REGISTER, { input: account });
    expect(register.user.email).toBe(account.email);
  });

  it("refuses to start with a clear message and a non-zero exit when it cannot be reached", async () => {
    const port = server.port; // this server, halted: nothing listens there
    server.halt();
    try {
      const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/src/server.ts"], {
        cwd: root,
        env: { ...process.env, NODE_ENV: "test", PORT: "0", DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/outage`, JWT_SECRET: randomBytes(32).toString("base64url") },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/outage .*Is it running, and is DATABASE_URL right\\?`));
      expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      server.resume();
    }
  }, 120_000);
});
