import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { signedInAs } from "./admin-fixtures.ts";
import { USER, USERS } from "../helpers/operations.ts";

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInAs>>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedInAs(t, "ADMIN");
});
afterAll(() => t.close());

interface Row {
  id: string;
  username: string;
  usernameKey: string;
  createdAt: Date;
  lastLoginAt: Date | null;
}

/** `count` users straight into the database, all named with a fresh tag so a search finds exactly them. */
async function insertBatch(
  count: number,
  shape: (i: number) => Partial<{ createdAt: Date; lastLoginAt: Date | null; name: string; role: "USER" | "ADMIN"; emailVerified: boolean; disabled: boolean; username: string }>,
) {
  const tag = `b${randomBytes(3).toString("hex")}`;
  const data = Array.from({ length: count }, (_, i) => {
    const extra = shape(i);
    const username = extra.username ?? `${tag}_${String(i).padStart(3, "0")}`;
    return { username, usernameKey: username.toLowerCase(), email: `${username.toLowerCase()}@example.com`, passwordHash: "x", emailVerified: true, ...extra };
  });
  await t.db.user.createMany({ data });
  const found: Row[] = await t.db.user.findMany({ where: { usernameKey: { in: data.map((d) => d.usernameKey) } } });
  const rows = data.map((d) => found.find((r) => r.usernameKey === d.usernameKey)!); // in the order given
  return { tag, rows };
}

/** Walk every page of a listing and return the ids in the order served, with what each page said. */
async function walk(vars: Record<string, unknown>, first: number, start: string | null = null) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after = start;
  for (let pages = 0; pages < 100; pages++) {
    const { users } = await admin.client.ok(USERS, { ...vars, first, after });
    ids.push(...users.nodes.map((n: { id: string }) => n.id));
    totals.add(users.totalCount);
    if (!users.pageInfo.hasNextPage) return { ids, totals };
    after = users.pageInfo.endCursor;
  }
  throw new Error("paging did not end");
}

const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const time = (d: Date | null) => d?.toISOString() ?? "";

// the contract's orders, written out independently of the server's SQL
const orders: Record<string, (a: Row, b: Row) => number> = {
  CREATED_AT_DESC: (a, b) => desc(time(a.createdAt), time(b.createdAt)) || desc(a.id, b.id),
  CREATED_AT_ASC: (a, b) => -desc(time(a.createdAt), time(b.createdAt)) || -desc(a.id, b.id),
  USERNAME_ASC: (a, b) => -desc(a.usernameKey, b.usernameKey),
  LAST_LOGIN_DESC: (a, b) => Number(a.lastLoginAt === null) - Number(b.lastLoginAt === null) || desc(time(a.lastLoginAt), time(b.lastLoginAt)) || desc(a.id, b.id),
};

describe("users: paging", () => {
  it("walks every row exactly once across pages of ties (same createdAt), in createdAt desc, id desc order", async () => {
    const at = new Date("2026-01-01T00:00:00.000Z");
    const { tag, rows } = await insertBatch(23, () => ({ createdAt: at }));
    const { ids, totals } = await walk({ filter: { search: tag } }, 5);
    expect(ids).toEqual(rows.map((r) => r.id).sort(desc));
    expect(new Set(ids).size).toBe(23);
    expect([...totals]).toEqual([23]);
  });

  it("serves each order correctly across pages, ties and NULL lastLoginAt included", async () => {
    const base = Date.parse("2025-06-01T00:00:00.000Z");
    const { tag, rows } = await insertBatch(31, (i) => ({
      createdAt: new Date(base + (i % 4) * 1000), // four createdAt values shared by many rows
      lastLoginAt: i % 3 === 0 ? null : new Date(base + (i % 5) * 60_000),
      username: `z${(i * 7) % 31}`.padEnd(4, "q") + `_${i}`,
    }));
    // give the batch a searchable tag without disturbing the username order
    await t.db.user.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { name: `Batch ${tag}` } });
    // a rare search is served by a sequential pass, the unfiltered list by index ranges: both must agree with the rules
    for (const [orderBy, compare] of Object.entries(orders)) {
      const ids = [...rows].sort(compare).map((r) => r.id);
      for (const first of [4, 7, 100]) expect((await walk({ filter: { search: tag }, orderBy }, first)).ids, `${orderBy} by ${first}`).toEqual(ids);
      const everyone = (await t.db.user.findMany()).sort(compare).map((r) => r.id);
      expect((await walk({ orderBy }, 9)).ids, `${orderBy}, everyone`).toEqual(everyone);
    }
  });

  it("rows inserted between pages neither repeat nor push rows off the walk", async () => {
    const at = new Date("2025-03-01T00:00:00.000Z");
    const { tag, rows } = await insertBatch(12, () => ({ createdAt: at }));
    const first = await admin.client.ok(USERS, { filter: { search: tag }, first: 5 });
    await insertBatch(3, (i) => ({ createdAt: new Date(at.getTime() + 1000), username: `${tag}_new${i}` }));
    const rest = await walk({ filter: { search: tag } }, 5, first.users.pageInfo.endCursor);
    const all = [...first.users.nodes.map((n: { id: string }) => n.id), ...rest.ids.filter((id) => rows.some((r) => r.id === id))];
    expect(all).toEqual(rows.map((r) => r.id).sort(desc));
    // the newer rows sort before the cursor, so they are not in the later pages
    expect(rest.ids.length).toBe(7);
  });

  it("first: capped at 100; zero or negative is BAD_USER_INPUT", async () => {
    await insertBatch(105, () => ({}));
    const { users } = await admin.client.ok(USERS, { first: 500 });
    expect(users.nodes).toHaveLength(100);
    expect(users.pageInfo.hasNextPage).toBe(true);
    for (const first of [0, -3]) {
      const result = await admin.client.gql(USERS, { first });
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields).toHaveProperty("first");
    }
  });

  it("a bad cursor, or a cursor of another order, is BAD_USER_INPUT", async () => {
    const { users } = await admin.client.ok(USERS, { first: 1 });
    const bad = ["garbage", Buffer.from('["CREATED_AT_DESC"]').toString("base64url"), Buffer.from("{}").toString("base64url")];
    for (const after of bad) {
      const result = await admin.client.gql(USERS, { after });
      expect(errorCode(result), after).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields).toHaveProperty("after");
    }
    expect(errorCode(await admin.client.gql(USERS, { after: users.pageInfo.endCursor, orderBy: "USERNAME_ASC" }))).toBe("BAD_USER_INPUT");
  });

  it("an empty page has no endCursor", async () => {
    const { users } = await admin.client.ok(USERS, { filter: { search: "no-such-user-anywhere" } });
    expect(users).toEqual({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe("users: search and filters", () => {
  it("search matches a case-insensitive substring of username, email or name, and takes % and _ literally", async () => {
    const tag = `s${randomBytes(3).toString("hex")}`;
    const { rows } = await insertBatch(
      3,
      (i) => [{ username: `${tag}Alpha` }, { username: `q${randomBytes(3).toString("hex")}`, name: `Dr ${tag.toUpperCase()} Who` }, { username: `${tag}_x` }][i],
    );
    const emailOnly = await insertBatch(1, () => ({ username: `e${randomBytes(3).toString("hex")}` }));
    await t.db.user.update({ where: { id: emailOnly.rows[0].id }, data: { email: `mail-${tag}@example.org` } });
    const found = async (search: string) => (await admin.client.ok(USERS, { filter: { search }, first: 100 })).users.nodes.map((n: { id: string }) => n.id).sort();
    expect(await found(tag.toUpperCase())).toEqual([...rows.map((r) => r.id), emailOnly.rows[0].id].sort());
    expect(await found(`${tag}alpha`)).toEqual([rows[0].id]);
    expect(await found(`${tag}_`)).toEqual([rows[2].id]); // "_" is not a wildcard: Alpha does not match
    expect(await found(`${tag}%`)).toEqual([]);
  });

  it("filters by role, emailVerified and disabled, alone and together, with totalCount to match", async () => {
    const { tag, rows } = await insertBatch(16, (i) => ({ role: i % 2 ? "ADMIN" : "USER", emailVerified: i % 4 < 2, disabled: i % 8 < 4, name: "filter-batch" }));
    await t.db.user.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { name: `F ${tag}` } });
    const full = await t.db.user.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    const cases: Array<Record<string, unknown>> = [
      { role: "ADMIN" },
      { role: "USER" },
      { emailVerified: false },
      { disabled: true },
      { disabled: false, emailVerified: true },
      { role: "ADMIN", emailVerified: true, disabled: true },
    ];
    for (const filter of cases) {
      const want = full
        .filter((u) => Object.entries(filter).every(([k, v]) => u[k as keyof typeof u] === v))
        .map((u) => u.id)
        .sort();
      const { users } = await admin.client.ok(USERS, { filter: { search: tag, ...filter }, first: 3 });
      const all = (await walk({ filter: { search: tag, ...filter } }, 3)).ids.sort();
      expect(all, JSON.stringify(filter)).toEqual(want);
      expect(users.totalCount, JSON.stringify(filter)).toBe(want.length);
    }
    const superAdmins = await admin.client.ok(USERS, { filter: { role: "SUPER_ADMIN" } });
    expect(superAdmins.users.totalCount).toBe(0);
  });
});

describe("user(id)", () => {
  it("returns the user, or null when absent", async () => {
    expect((await admin.client.ok(USER, { id: admin.id })).user).toMatchObject({ id: admin.id, role: "ADMIN", emailVerified: true, disabled: false });
    expect((await admin.client.ok(USER, { id: "nobody" })).user).toBeNull();
  });
});
