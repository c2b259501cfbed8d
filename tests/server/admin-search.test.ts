// The users search index (server/src/db/user-search.ts): it must find exactly what
// LIKE finds, follow every write to "User", and come back whole if its triggers are lost.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUserSearchIndex } from "../../server/src/db/user-search.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { onPostgres } from "../helpers/database.ts";
import { startWithAdmins, type Actor } from "./admin-fixtures.ts";
import { USERS } from "../helpers/operations.ts";

let t: TestApp;
let admin: Actor;
beforeAll(async () => ({ t, admin } = await startWithAdmins()));
afterAll(() => t.close());

const tagged = (prefix: string) => `${prefix}${randomBytes(3).toString("hex")}`;

async function insert(users: Array<{ username: string; name?: string; createdAt?: Date }>) {
  await t.db.user.createMany({
    data: users.map((u) => ({ ...u, usernameKey: u.username.toLowerCase(), email: `${u.username.toLowerCase()}@example.com`, passwordHash: "x", emailVerified: true })),
  });
  return t.db.user.findMany({ where: { usernameKey: { in: users.map((u) => u.username.toLowerCase()) } } });
}

/** Every page of a search: the ids in the order served, and the totals the pages gave. */
async function search(text: string, first = 100, extra: Record<string, unknown> = {}) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const { users } = await admin.client.ok(USERS, { filter: { search: text, ...extra }, first, after });
    ids.push(...users.nodes.map((n: { id: string }) => n.id));
    totals.add(users.totalCount);
    if (!users.pageInfo.hasNextPage) return { ids, totals: [...totals] };
    after = users.pageInfo.endCursor;
  }
  throw new Error("paging did not end");
}

describe("users search", () => {
  it("ignores the case of ASCII letters only, the same for short searches (no index) and long ones", async () => {
    const tag = tagged("u");
    const [upper, lower] = await insert([
      { username: `${tag}a`, name: `Élodie Ñ ${tag}` },
      { username: `${tag}b`, name: `élodie ñ ${tag}` },
    ]).then((rows) => [rows.find((r) => r.username.endsWith("a"))!, rows.find((r) => r.username.endsWith("b"))!]);
    const ids = async (text: string) => (await search(text)).ids.filter((id) => id === upper.id || id === lower.id).sort();
    expect(await ids("Élodie")).toEqual([upper.id]);
    expect(await ids("ÉLODIE")).toEqual([upper.id]);
    expect(await ids("élodie")).toEqual([lower.id]);
    expect(await ids("ÉL")).toEqual([upper.id]); // two characters: LIKE, same rule
    expect(await ids("é")).toEqual([lower.id]);
    expect(await ids(`Ñ ${tag.toUpperCase()}`)).toEqual([upper.id]);
    expect((await search(`ñ ${tag}`)).totals).toEqual([1]);
  });

  it("follows renames, email changes and deletions", async () => {
    const tag = tagged("r");
    const [user] = await insert([{ username: `${tag}x`, name: `Old ${tag}name` }]);
    expect((await search(`${tag}name`)).ids).toEqual([user.id]);
    await t.db.user.update({ where: { id: user.id }, data: { name: `New ${tag}title`, email: `changed-${tag}@example.org` } });
    expect((await search(`${tag}name`)).ids).toEqual([]);
    expect((await search(`${tag}title`)).ids).toEqual([user.id]);
    expect((await search(`changed-${tag}`)).ids).toEqual([user.id]);
    await t.db.user.delete({ where: { id: user.id } });
    expect(await search(`${tag}title`)).toEqual({ ids: [], totals: [0] });
  });

  it("agrees with the count when a search matches more than a thousand users (pages walk the order's index)", async () => {
    const tag = tagged("m");
    const base = Date.parse("2024-01-01T00:00:00.000Z");
    const rows = await insert(Array.from({ length: 1010 }, (_, i) => ({ username: `${tag}_${i}`, createdAt: new Date(base + (i % 97) * 1000) })));
    const want = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    const { ids, totals } = await search(tag);
    expect(totals).toEqual([1010]);
    expect(ids).toEqual(want);
    // with a flag, the count reads the user rows: the same answer
    expect((await search(tag, 100, { emailVerified: true })).totals).toEqual([1010]);
  });

  // SQLite's FTS5 index is kept by triggers; PostgreSQL's trigram index is an ordinary index
  it.skipIf(onPostgres())("is rebuilt at start when its triggers are gone (as after a migration that rebuilds the User table)", async () => {
    expect(await ensureUserSearchIndex(t.db)).toBe(false); // whole: left as it is
    await t.db.$executeRawUnsafe('DROP TRIGGER "User_search_insert"');
    const tag = tagged("g");
    const [missed] = await insert([{ username: `${tag}z` }]);
    expect((await search(`${tag}z`)).ids).toEqual([]); // not indexed: the index is stale
    expect(await ensureUserSearchIndex(t.db)).toBe(true);
    expect((await search(`${tag}z`)).ids).toEqual([missed.id]);
    const [later] = await insert([{ username: `${tag}y` }]);
    expect((await search(`${tag}y`)).ids).toEqual([later.id]); // the trigger is back
  });
});
