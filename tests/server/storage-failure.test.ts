import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { newAccount } from "../helpers/accounts.ts";
import { onPostgres } from "../helpers/database.ts";
import { REGISTER } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

// SQLite's file-size cap; PostgreSQL's outages are in postgres-outage.test.ts
describe.skipIf(onPostgres())("when the disk is full", () => {
  it("register answers a clear error at once and leaves no half-written user", async () => {
    // SQLite's own cap on the file size: writes needing a new page fail with SQLITE_FULL
    const [{ page_count }] = await t.db.$queryRawUnsafe<Array<{ page_count: bigint }>>("PRAGMA page_count");
    await t.db.$queryRawUnsafe(`PRAGMA max_page_count = ${page_count}`);
    const users = await t.db.user.count();
    const account = newAccount();
    let result;
    for (let i = 0; i < 40 && !result?.errors; i++)
      result = await t.client().gql(REGISTER, { input: { ...newAccount(), username: `${account.username}_${i}`, email: `${i}${account.email}` } });
    expect(errorCode(result!)).toBe("INTERNAL_SERVER_ERROR");
    expect(result!.errors![0].message).toBe("The service cannot store data right now. Try again later.");
    const created = await t.db.user.count();
    // each user that exists has its code: the failed one left nothing behind
    expect(await t.db.otp.count()).toBeGreaterThanOrEqual(created - users);
    const orphans = await t.db.user.count({ where: { otps: { none: {} }, role: "USER" } });
    expect(orphans).toBe(0);
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
  });
});
