import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { signedInAs, startWithAdmins, type Actor } from "./admin-fixtures.ts";
import { AUDIT, DELETE_USER, SEND_RESET, SET_DISABLED, SET_ROLE } from "../helpers/operations.ts";

let t: TestApp, admin: Actor, root: Actor;
beforeAll(async () => ({ t, admin, root } = await startWithAdmins()));
afterAll(() => t.close());

interface Event {
  id: string;
  action: string;
  ip: string | null;
  detail: string | null;
  createdAt: string;
  actorLabel: string | null;
  targetLabel: string | null;
  actor: { id: string } | null;
  target: { id: string } | null;
}

/** Every page of the log (optionally of one user), walked with small pages. */
async function walkLog(userId?: string): Promise<Event[]> {
  const events: Event[] = [];
  let after: string | null = null;
  do {
    const { auditLog }: { auditLog: { nodes: Event[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await admin.client.ok(AUDIT, { userId, first: 3, after });
    events.push(...auditLog.nodes);
    after = auditLog.pageInfo.hasNextPage ? auditLog.pageInfo.endCursor : null;
  } while (after);
  return events;
}

describe("admin events in the audit log", () => {
  it("each admin action writes one row with actor, target, IP, time and detail; rows outlive the deleted target", async () => {
    const target = await signedInAs(t, "USER");
    const step = () => t.clock.advance(1000);
    await root.client.ok(SET_ROLE, { id: target.id, role: "ADMIN" });
    step();
    await admin.client.ok(SET_DISABLED, { id: target.id, disabled: true });
    step();
    await admin.client.ok(SET_DISABLED, { id: target.id, disabled: false });
    step();
    await admin.client.ok(SEND_RESET, { id: target.id });
    step();
    await admin.client.ok(DELETE_USER, { id: target.id });

    // after the delete its id links nothing: the events are found by the label they keep
    const events = (await walkLog()).filter((e) => e.action.startsWith("admin.") && e.targetLabel === target.username);
    expect(events.map((e) => e.action)).toEqual(["admin.delete_user", "admin.send_reset", "admin.enable", "admin.disable", "admin.set_role"]);
    for (const event of events) {
      const actor = event.action === "admin.set_role" ? root : admin;
      expect(event.actor?.id, event.action).toBe(actor.id);
      expect(event.actorLabel).toBe(actor.username);
      expect(event.ip).toBe(actor.client.ip);
      // the target is gone: the link is null, the label still names them
      expect(event.target).toBeNull();
      expect(event.targetLabel).toBe(target.username);
      expect(Date.parse(event.createdAt)).not.toBeNaN();
    }
    expect(events.find((e) => e.action === "admin.set_role")!.detail).toBe("USER -> ADMIN");
    expect(events.find((e) => e.action === "admin.delete_user")!.detail).toContain(target.account.email);
    // the user's own sign-in is still there, readable by label
    const signIn = await t.db.auditEvent.findFirst({ where: { action: "auth.sign_in", targetLabel: target.username } });
    expect(signIn).toMatchObject({ targetId: null, actorId: null });
  });

  it("refused actions write nothing", async () => {
    const before = await t.db.auditEvent.count();
    expect(errorCode(await admin.client.gql(DELETE_USER, { id: root.id }))).toBe("FORBIDDEN");
    expect(errorCode(await admin.client.gql(SET_DISABLED, { id: admin.id, disabled: true }))).toBe("FORBIDDEN");
    expect(await t.db.auditEvent.count()).toBe(before);
  });
});

describe("auditLog", () => {
  it("pages newest first over ties without duplicates or gaps; totalCount is the whole log", async () => {
    const at = new Date("2026-02-02T00:00:00.000Z");
    await t.db.auditEvent.createMany({ data: Array.from({ length: 11 }, (_, i) => ({ action: `test.tie${i}`, createdAt: at })) });
    const all = await t.db.auditEvent.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { auditLog }: { auditLog: { nodes: Event[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await admin.client.ok(AUDIT, {
        first: 4,
        after,
      });
      expect(auditLog.totalCount).toBe(all.length);
      seen.push(...auditLog.nodes.map((n: Event) => n.id));
      if (!auditLog.pageInfo.hasNextPage) break;
      after = auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it("filters by a user as actor or target", async () => {
    const someone = await signedInAs(t, "USER");
    await admin.client.ok(SET_DISABLED, { id: someone.id, disabled: true });
    const { auditLog } = await admin.client.ok(AUDIT, { userId: someone.id });
    const rows = await t.db.auditEvent.findMany({ where: { OR: [{ actorId: someone.id }, { targetId: someone.id }] } });
    expect(auditLog.totalCount).toBe(rows.length);
    expect(auditLog.nodes.map((n: Event) => n.action)).toContain("admin.disable");
    for (const node of auditLog.nodes as Event[]) expect([node.actor?.id, node.target?.id]).toContain(someone.id);
    const byAdmin = await admin.client.ok(AUDIT, { userId: admin.id, first: 200 });
    expect(byAdmin.auditLog.nodes.some((n: Event) => n.action === "admin.disable" && n.target?.id === someone.id)).toBe(true);
  });

  it("a bad cursor or page size is BAD_USER_INPUT", async () => {
    expect(errorCode(await admin.client.gql(AUDIT, { after: "nope" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await admin.client.gql(AUDIT, { first: 0 }))).toBe("BAD_USER_INPUT");
  });

  it("no API edits audit rows: the schema has no mutation on them", async () => {
    const { __schema } = await admin.client.ok(`{ __schema { mutationType { fields { name } } } }`);
    expect(__schema.mutationType.fields.map((f: { name: string }) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});
