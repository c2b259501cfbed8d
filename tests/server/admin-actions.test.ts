import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import type { TestApp } from "../helpers/test-app.ts";
import { signedInAs, startWithAdmins, type Actor } from "./admin-fixtures.ts";
import { DELETE_USER, ME, SEND_RESET, SET_DISABLED, SET_ROLE, STATS, USER } from "../helpers/operations.ts";

let t: TestApp, admin: Actor, root: Actor;
beforeAll(async () => ({ t, admin, root } = await startWithAdmins()));
afterAll(() => t.close());

const forbidden = (result: Awaited<ReturnType<typeof admin.client.gql>>, reason: string) => {
  expect(errorCode(result)).toBe("FORBIDDEN");
  expect(result.errors![0].extensions.reason).toBe(reason);
};

describe("guards", () => {
  it("NOT_FOUND for a missing target on every mutation", async () => {
    for (const [query, vars] of [
      [SET_ROLE, { id: "missing", role: "ADMIN" }],
      [SET_DISABLED, { id: "missing", disabled: true }],
      [SEND_RESET, { id: "missing" }],
      [DELETE_USER, { id: "missing" }],
    ] as const) {
      expect(errorCode(await root.client.gql(query, vars))).toBe("NOT_FOUND");
    }
  });

  it("an admin cannot disable, reset or delete a super admin", async () => {
    forbidden(await admin.client.gql(SET_DISABLED, { id: root.id, disabled: true }), "SUPER_ADMIN_TARGET");
    forbidden(await admin.client.gql(SEND_RESET, { id: root.id }), "SUPER_ADMIN_TARGET");
    forbidden(await admin.client.gql(DELETE_USER, { id: root.id }), "SUPER_ADMIN_TARGET");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({ disabled: false, role: "SUPER_ADMIN" });
  });

  it("an admin may act on another admin (the contract protects super admins only)", async () => {
    const other = await signedInAs(t, "ADMIN");
    expect((await admin.client.ok(SET_DISABLED, { id: other.id, disabled: true })).setUserDisabled.disabled).toBe(true);
    await admin.client.ok(SET_DISABLED, { id: other.id, disabled: false });
  });

  it("nobody disables or deletes themselves", async () => {
    for (const actor of [admin, root]) {
      forbidden(await actor.client.gql(SET_DISABLED, { id: actor.id, disabled: true }), actor === root ? "LAST_SUPER_ADMIN" : "SELF");
      forbidden(await actor.client.gql(DELETE_USER, { id: actor.id }), actor === root ? "LAST_SUPER_ADMIN" : "SELF");
    }
    expect(await t.db.user.count({ where: { id: { in: [admin.id, root.id] }, disabled: false } })).toBe(2);
  });

  it("the last super admin can be neither demoted, disabled nor deleted; with a second one, self-demotion is still refused", async () => {
    forbidden(await root.client.gql(SET_ROLE, { id: root.id, role: "ADMIN" }), "LAST_SUPER_ADMIN");
    forbidden(await root.client.gql(SET_DISABLED, { id: root.id, disabled: true }), "LAST_SUPER_ADMIN");
    forbidden(await root.client.gql(DELETE_USER, { id: root.id }), "LAST_SUPER_ADMIN");

    const second = await signedInAs(t, "SUPER_ADMIN");
    forbidden(await root.client.gql(SET_ROLE, { id: root.id, role: "USER" }), "SELF");
    // a disabled super admin does not count: the one left must be able to act
    await root.client.ok(SET_DISABLED, { id: second.id, disabled: true });
    forbidden(await root.client.gql(SET_ROLE, { id: root.id, role: "USER" }), "LAST_SUPER_ADMIN");
    // one super admin demotes another: allowed, the actor remains
    await root.client.ok(SET_ROLE, { id: second.id, role: "USER" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: second.id } })).role).toBe("USER");
  });

  it("setting a role a user already has changes nothing and writes no event", async () => {
    const before = await t.db.auditEvent.count({ where: { action: "admin.set_role" } });
    expect((await root.client.ok(SET_ROLE, { id: root.id, role: "SUPER_ADMIN" })).setUserRole.role).toBe("SUPER_ADMIN");
    expect(await t.db.auditEvent.count({ where: { action: "admin.set_role" } })).toBe(before);
  });
});

describe("deleteUser", () => {
  it("removes the user, their sessions and tokens, and their avatar file", async () => {
    const doomed = await signedInAs(t, "USER");
    const file = `${randomBytes(16).toString("hex")}.png`;
    const dir = path.join(t.uploadDir, "avatars");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, file), "png bytes");
    await t.db.user.update({ where: { id: doomed.id }, data: { avatarFile: file } });
    expect(await t.db.session.count({ where: { userId: doomed.id } })).toBe(1);

    expect(await admin.client.ok(DELETE_USER, { id: doomed.id })).toEqual({ deleteUser: true });
    expect((await admin.client.ok(USER, { id: doomed.id })).user).toBeNull();
    expect(await t.db.session.count({ where: { userId: doomed.id } })).toBe(0);
    expect(await t.db.refreshToken.count({ where: { session: { userId: doomed.id } } })).toBe(0);
    expect(await t.db.otp.count({ where: { userId: doomed.id } })).toBe(0);
    expect(existsSync(path.join(dir, file))).toBe(false);
    expect(errorCode(await doomed.client.gql(ME))).toBe("UNAUTHENTICATED");
    expect(errorCode(await admin.client.gql(DELETE_USER, { id: doomed.id }))).toBe("NOT_FOUND");
  });
});

describe("adminSendPasswordReset", () => {
  it("mails the user a reset link; the admin learns nothing of the token", async () => {
    const target = await signedInAs(t, "USER");
    const result = await admin.client.gql(SEND_RESET, { id: target.id });
    expect(result.data).toEqual({ adminSendPasswordReset: true });
    expect(JSON.stringify(result)).not.toMatch(/token/i);
    const token = await t.mail.resetTokenFor(target.account.email);
    expect(token.length).toBeGreaterThan(20);
    expect(await t.db.passwordResetToken.count({ where: { userId: target.id, usedAt: null } })).toBe(1);
  });
});

describe("adminStats", () => {
  it("counts users, verified, admins, disabled and live sessions", async () => {
    const before = (await admin.client.ok(STATS)).adminStats;
    const extra = await signedInAs(t, "ADMIN"); // +1 user, +1 verified, +1 admin, +1 session
    await t.db.user.create({ data: { username: "unverifiedx", usernameKey: "unverifiedx", email: "unverifiedx@example.com", passwordHash: "x", disabled: true } });
    const after = (await admin.client.ok(STATS)).adminStats;
    expect(after).toEqual({
      users: before.users + 2,
      verified: before.verified + 1,
      admins: before.admins + 1,
      disabled: before.disabled + 1,
      mfaEnabled: before.mfaEnabled,
      activeSessions: before.activeSessions + 1,
    });
    expect(after.users).toBe(await t.db.user.count());
    // revoked and expired sessions are not active
    await admin.client.ok(SET_DISABLED, { id: extra.id, disabled: true });
    expect((await admin.client.ok(STATS)).adminStats.activeSessions).toBe(before.activeSessions);
    const expiring = await signedInAs(t, "USER");
    await t.db.session.updateMany({ where: { userId: expiring.id }, data: { expiresAt: new Date(t.clock.now().getTime() - 1000) } });
    expect((await admin.client.ok(STATS)).adminStats.activeSessions).toBe(before.activeSessions);
  });
});
