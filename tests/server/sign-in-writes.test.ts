// Sign-in writes its rows past Prisma (prepared statements on Prisma's own connection):
// these check that Prisma reads them back as its own, that they are all-or-nothing, and that
// they never land inside another request's open transaction. And the connection they share
// with Prisma is released however a transaction ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { onPostgres } from "../helpers/database.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { errorCode } from "../helpers/gql-client.ts";
import { registerVerified } from "../helpers/accounts.ts";
import { LOGIN } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

const signInRows = async (userId: string) => ({
  sessions: await t.db.session.count({ where: { userId } }),
  tokens: await t.db.refreshToken.count({ where: { session: { userId } } }),
  events: await t.db.auditEvent.count({ where: { targetId: userId, action: "auth.sign_in" } }),
});

describe("sign-in writes", () => {
  it("are read back by Prisma with the right types and times", async () => {
    const account = await registerVerified(t, t.client());
    t.clock.advance(60_000);
    const { login } = await t.client().ok(LOGIN, { identifier: account.username, password: account.password });
    const now = t.clock.now();
    const sessions = await t.db.session.findMany({ where: { userId: account.user.id }, include: { refreshTokens: true }, orderBy: { createdAt: "asc" } });
    const latest = sessions.at(-1)!;
    expect(latest.createdAt).toEqual(now);
    expect(latest.expiresAt).toEqual(new Date(now.getTime() + t.config.refreshTokenTtlSeconds * 1000));
    expect(latest.refreshTokens).toHaveLength(1);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(user.lastLoginAt).toEqual(now);
    expect(login.user.lastLoginAt).toBe(now.toISOString());
    // Prisma's own comparisons see the times as times: the new session is the unexpired, newest one
    const live = await t.db.session.findFirst({ where: { userId: account.user.id, expiresAt: { gt: now } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(live?.id).toBe(latest.id);
  });

  it("that fail part-way leave no session, token, event or login time behind", async () => {
    const account = await registerVerified(t, t.client());
    const before = await signInRows(account.user.id);
    const { lastLoginAt } = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    // the last of the four writes fails, as on a full disk
    if (onPostgres()) {
      await t.db.$executeRawUnsafe(
        `CREATE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$ LANGUAGE plpgsql`,
      );
      await t.db.$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    } else {
      await t.db.$executeRawUnsafe(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    }
    try {
      t.clock.advance(60_000);
      const result = await t.client().gql(LOGIN, { identifier: account.email, password: account.password });
      expect(errorCode(result)).toBe("INTERNAL_SERVER_ERROR");
      expect(result.errors![0].message).toBe("The service cannot store data right now. Try again later.");
    } finally {
      await t.db.$executeRawUnsafe(onPostgres() ? 'DROP TRIGGER fail_audit ON "AuditEvent"' : "DROP TRIGGER fail_audit");
    }
    expect(await signInRows(account.user.id)).toEqual(before);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).lastLoginAt).toEqual(lastLoginAt);
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
    expect((await signInRows(account.user.id)).sessions).toBe(before.sessions + 1);
  });

  it("wait for another request's open transaction and survive its rollback", async () => {
    const account = await registerVerified(t, t.client());
    const before = await signInRows(account.user.id);
    let pending: Promise<unknown> | undefined;
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: account.user.id }, data: { name: "rolled back" } });
        pending = t.app.deps.store.sessions.open({ user: account.user, refreshTokenHash: "f".repeat(64), how: "test", now: t.clock.now(), expiresAt: t.clock.now() });
        await tx.user.findUnique({ where: { id: account.user.id } }); // the sign-in gets its turn of the event loop here
        throw new Error("this request fails");
      }),
    ).rejects.toThrow("this request fails");
    await pending;
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } })).name).not.toBe("rolled back");
    expect(await signInRows(account.user.id)).toEqual({ sessions: before.sessions + 1, tokens: before.tokens + 1, events: before.events + 1 });
  });
});

describe("a transaction whose COMMIT fails", () => {
  it("is rolled back and leaves the database usable", async () => {
    const sessions = await t.db.session.count();
    await expect(
      t.db.$transaction(async (tx) => {
        // a foreign key checked only at COMMIT: the COMMIT itself fails
        await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
        await tx.session.create({ data: { userId: "no-such-user", expiresAt: t.clock.now() } });
      }),
    ).rejects.toThrow();
    // every later query would wait for the connection, for good, if it had not been released
    expect(await t.db.session.count()).toBe(sessions);
    const account = await registerVerified(t, t.client());
    await t.client().ok(LOGIN, { identifier: account.email, password: account.password });
  });
});
