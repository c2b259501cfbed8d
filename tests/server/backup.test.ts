import { mkdtempSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase } from "../../server/src/db/backup.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { newAccount, REGISTER } from "../helpers/accounts.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("db backup", () => {
  it("copies the live database while the API keeps writing, and the copy is whole", async () => {
    for (let i = 0; i < 3; i++) await t.client().ok(REGISTER, { input: newAccount() });
    const writes = Array.from({ length: 3 }, () => t.client().ok(REGISTER, { input: newAccount() }));
    const dest = await backupDatabase(t.databaseFile, mkdtempSync(path.join(inject("tmpDir"), "backup-")));
    await Promise.all(writes);
    expect(path.basename(dest)).toMatch(/-\d{4}-\d{2}-\d{2}T.*\.db$/);
    const copy = new Database(dest, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const { n } = copy.prepare("SELECT count(*) AS n FROM User").get() as { n: number };
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(await t.db.user.count());
    } finally {
      copy.close();
    }
  });
});
