import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDED_USER_PASSWORD, seedUsers } from "../../server/src/db/seed-users.ts";
import { freshDatabase } from "../helpers/database.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { signedInAs } from "./admin-fixtures.ts";
import { LOGIN, USERS } from "../helpers/operations.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

describe("seedUsers", () => {
  it("creates N varied users sharing one hash, in the same date form as every other write, so they page and sign in", async () => {
    const before = await t.db.user.count();
    expect(await seedUsers(t.db, { count: 1500 })).toBe(1500);
    const seeded = await t.db.user.findMany({ where: { email: { endsWith: "@example.test" } } });
    expect(seeded).toHaveLength(1500);
    expect(await t.db.user.count()).toBe(before + 1500);
    expect(new Set(seeded.map((u) => u.passwordHash)).size).toBe(1);
    expect(new Set(seeded.map((u) => u.role))).toEqual(new Set(["USER", "ADMIN"]));
    for (const flag of ["emailVerified", "disabled"] as const) expect(new Set(seeded.map((u) => u[flag])).size).toBe(2);
    expect(seeded.some((u) => u.lastLoginAt === null) && seeded.some((u) => u.lastLoginAt !== null)).toBe(true);
    expect(new Set(seeded.map((u) => u.createdAt.getTime())).size).toBeGreaterThan(1400);

    // over 1000 matches, so these pages walk the order's index (fewer take the filter-and-sort path)
    const admin = await signedInAs(t, "ADMIN");
    const walk = async (vars: Record<string, unknown>) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const { users }: { users: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await admin.client.ok(USERS, {
          ...vars,
          first: 100,
          after,
        });
        ids.push(...users.nodes.map((n) => n.id));
        after = users.pageInfo.hasNextPage ? users.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const byLogin = (a: (typeof seeded)[number], b: (typeof seeded)[number]) => (b.lastLoginAt?.getTime() ?? -1) - (a.lastLoginAt?.getTime() ?? -1) || (a.id < b.id ? 1 : -1);
    expect(await walk({ filter: { search: "@example.test" }, orderBy: "LAST_LOGIN_DESC" })).toEqual([...seeded].sort(byLogin).map((u) => u.id));
    const users = await t.db.user.findMany({ where: { role: "USER", emailVerified: true } });
    expect(users.length).toBeGreaterThan(1000);
    expect(await walk({ filter: { role: "USER", emailVerified: true }, orderBy: "LAST_LOGIN_DESC" })).toEqual(users.sort(byLogin).map((u) => u.id));

    const someone = seeded.find((u) => u.emailVerified && !u.disabled)!;
    const { login } = await t.client().ok(LOGIN, { identifier: someone.username, password: SEEDED_USER_PASSWORD });
    expect(login.user.id).toBe(someone.id);
  });

  it("pnpm db:seed -- --users N seeds through the CLI", { timeout: 120_000 }, async () => {
    const db = await freshDatabase("seed_cli");
    try {
      const out = execFileSync("pnpm", ["db:seed", "--", "--users", "50"], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { ...process.env, DATABASE_URL: db.url, SUPER_ADMIN_EMAIL: "root@example.com", SUPER_ADMIN_PASSWORD: "root-password-1", NODE_ENV: "development" },
        encoding: "utf8",
      });
      expect(out).toMatch(/50 sample users created/);
    } finally {
      await db.drop();
    }
  });
});
