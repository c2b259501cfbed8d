// On SQLite the API's writes reach the database file by a worker thread's checkpoints, not by
// a checkpoint inside some request's commit on the event loop (a 5–20 ms stall for everyone).
// The rows are looked for in a copy of the database file alone, without its WAL: only what a
// checkpoint has copied back is there.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { onPostgres, usersInFileAlone } from "../helpers/database.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { registerVerified } from "../helpers/accounts.ts";

let t: TestApp;
beforeAll(async () => {
  if (!onPostgres()) t = await startTestApp();
});
afterAll(() => t?.close());

const autocheckpoint = async () => Number((await t.db.$queryRawUnsafe<Array<{ wal_autocheckpoint: number | bigint }>>("PRAGMA wal_autocheckpoint"))[0].wal_autocheckpoint);

describe.skipIf(onPostgres())("SQLite checkpoints", () => {
  it("are taken off the API's own connection while the worker runs", async () => {
    await vi.waitFor(async () => expect(await autocheckpoint()).toBe(0));
  });

  it("bring a new account into the database file itself, far below the 1,000 pages SQLite's own would wait for", async () => {
    const account = await registerVerified(t, t.client());
    await vi.waitFor(() => expect(usersInFileAlone(t.databaseFile!)).toContain(account.email), { timeout: 10_000, interval: 50 });
  });
});
