// The checkpoint worker (server/src/db/sqlite-checkpoints.ts) on a real SQLite file: while it
// runs the writer never checkpoints on its own; when it dies, or never starts, the writer does
// again, and nothing else happens to the process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { checkpointInBackground } from "../../server/src/db/sqlite-checkpoints.ts";
import type { SqliteConnection } from "../../server/src/db/serialized-adapter.ts";

const dir = mkdtempSync(path.join(tmpdir(), "checkpoints-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writerOn(file: string) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE IF NOT EXISTS t (v TEXT)");
  return { db, autocheckpoint: () => db.pragma("wal_autocheckpoint", { simple: true }) };
}

describe("the checkpoint worker", () => {
  it("turns the writer's own checkpoints off while it runs and back on when it dies", async () => {
    const file = path.join(dir, "dies.db");
    const writer = writerOn(file);
    const checkpoints = checkpointInBackground(file, writer.db as unknown as SqliteConnection, 1000);
    await vi.waitFor(() => expect(writer.autocheckpoint()).toBe(0));
    const warned = new Promise<Error>((resolve) => process.once("warning", resolve));
    await checkpoints.thread.terminate();
    expect(writer.autocheckpoint()).toBe(1000);
    expect((await warned).message).toMatch(/checkpoint worker ended \(exit code 1\)$/);
    await checkpoints.stop();
    writer.db.close();
  });

  it("that cannot open the file leaves the writer checkpointing and the process running", async () => {
    const file = path.join(dir, "not-a-database.db");
    writeFileSync(file, "plain text, not SQLite");
    const writer = writerOn(path.join(dir, "real.db"));
    const warned = new Promise<Error>((resolve) => process.once("warning", resolve));
    const checkpoints = checkpointInBackground(file, writer.db as unknown as SqliteConnection, 1000);
    // said where an operator looks, with the reason
    expect((await warned).message).toMatch(/checkpoint worker ended \(exit code 1\): file is not a database/);
    expect(writer.autocheckpoint()).toBe(1000);
    await checkpoints.stop();
    writer.db.close();
  });
});
