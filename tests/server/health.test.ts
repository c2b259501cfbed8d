import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../helpers/database.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("GET /health", () => {
  it("answers ok when the database answers", async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  // SQLite's file; PostgreSQL's outages are in postgres-outage.test.ts
  it.skipIf(onPostgres())("answers 503 with db down when the database file is gone", async () => {
    const other = await startTestApp();
    try {
      await other.db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(other.databaseFile! + suffix, { force: true });
      const response = await fetch(`${other.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "error", db: "down" });
    } finally {
      await other.close();
    }
  });
});
