import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase } from "../../server/src/db/backup.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount } from "../helpers/accounts.ts";
import { onPostgres } from "../helpers/database.ts";
import { REGISTER } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

/** How many users the backup holds, read back the way an operator would restore it. */
async function usersInBackup(dest: string): Promise<number> {
  if (onPostgres()) {
    const url = new URL(t.databaseUrl);
    const restored = `${url.pathname.slice(1)}_restored`;
    url.pathname = "/postgres";
    const admin = new pg.Client(url.toString());
    url.pathname = `/${restored}`;
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${restored}"`);
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", url.toString(), dest]);
      const client = new pg.Client(url.toString());
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM "User"');
      await client.end();
      return rows[0].n;
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const copy = new Database(dest, { readonly: true });
  try {
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    return (copy.prepare("SELECT count(*) AS n FROM User").get() as { n: number }).n;
  } finally {
    copy.close();
  }
}

describe("db backup", () => {
  it("copies the live database while the API keeps writing, and the copy restores whole", async () => {
    for (let i = 0; i < 3; i++) await t.client().ok(REGISTER, { input: newAccount() });
    const writes = Array.from({ length: 3 }, () => t.client().ok(REGISTER, { input: newAccount() }));
    const dest = await backupDatabase(t.databaseFile ?? t.databaseUrl, mkdtempSync(path.join(inject("tmpDir"), "backup-")));
    await Promise.all(writes);
    expect(path.basename(dest)).toMatch(onPostgres() ? /-\d{4}-\d{2}-\d{2}T.*\.dump$/ : /-\d{4}-\d{2}-\d{2}T.*\.db$/);
    const n = await usersInBackup(dest);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(await t.db.user.count());
  });
});
