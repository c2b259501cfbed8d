import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/gql-client.ts";
import { startTestApp, type TestApp } from "../helpers/test-app.ts";
import { signedInAs } from "./admin-fixtures.ts";
import { AUDIT, DELETE_USER, LOGIN, ME, REFRESH, SEND_RESET, SET_DISABLED, SET_ROLE, STATS, USER, USERS } from "../helpers/operations.ts";

let t: TestApp;
let user: Awaited<ReturnType<typeof signedInAs>>;
let admin: Awaited<ReturnType<typeof signedInAs>>;
let superAdmin: Awaited<ReturnType<typeof signedInAs>>;
let victim: Awaited<ReturnType<typeof signedInAs>>;

beforeAll(async () => {
  t = await startTestApp();
  [user, admin, superAdmin, victim] = [await signedInAs(t, "USER"), await signedInAs(t, "ADMIN"), await signedInAs(t, "SUPER_ADMIN"), await signedInAs(t, "USER")];
});
afterAll(() => t.close());

// Every admin field with harmless arguments; the mutations aim at a user who is reset after each run.
const fields = (id: string): Array<{ name: string; query: string; vars?: Record<string, unknown>; minimum: "ADMIN" | "SUPER_ADMIN" }> => [
  { name: "users", query: USERS, minimum: "ADMIN" },
  { name: "user", query: USER, vars: { id }, minimum: "ADMIN" },
  { name: "adminStats", query: STATS, minimum: "ADMIN" },
  { name: "auditLog", query: AUDIT, minimum: "ADMIN" },
  { name: "setUserRole", query: SET_ROLE, vars: { id, role: "USER" }, minimum: "SUPER_ADMIN" },
  { name: "setUserDisabled", query: SET_DISABLED, vars: { id, disabled: false }, minimum: "ADMIN" },
  { name: "adminSendPasswordReset", query: SEND_RESET, vars: { id }, minimum: "ADMIN" },
];

describe("role boundaries on every admin field", () => {
  it("anonymous: UNAUTHENTICATED with reason MISSING", async () => {
    const anonymous = t.client();
    for (const field of [...fields(victim.id), { name: "deleteUser", query: DELETE_USER, vars: { id: victim.id } }]) {
      const result = await anonymous.gql(field.query, field.vars);
      expect(errorCode(result), field.name).toBe("UNAUTHENTICATED");
      expect(result.errors![0].extensions.reason, field.name).toBe("MISSING");
    }
  });

  it("a bad token is UNAUTHENTICATED with reason INVALID, not FORBIDDEN", async () => {
    const result = await t.client().gql(STATS, undefined, { authorization: "Bearer not-a-jwt" });
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.errors![0].extensions.reason).toBe("INVALID");
  });

  it("USER: FORBIDDEN everywhere, deleteUser included", async () => {
    for (const field of [...fields(victim.id), { name: "deleteUser", query: DELETE_USER, vars: { id: victim.id } }]) {
      expect(errorCode(await user.client.gql(field.query, field.vars)), field.name).toBe("FORBIDDEN");
    }
  });

  it("ADMIN: every ADMIN field answers; setUserRole is FORBIDDEN", async () => {
    for (const field of fields(victim.id)) {
      const result = await admin.client.gql(field.query, field.vars);
      if (field.minimum === "ADMIN") expect(result.errors, field.name).toBeUndefined();
      else expect(errorCode(result), field.name).toBe("FORBIDDEN");
    }
  });

  it("SUPER_ADMIN: every field answers", async () => {
    for (const field of fields(victim.id)) {
      expect((await superAdmin.client.gql(field.query, field.vars)).errors, field.name).toBeUndefined();
    }
  });

  it("deleteUser by ADMIN and by SUPER_ADMIN", async () => {
    for (const actor of [admin, superAdmin]) {
      const doomed = await signedInAs(t, "USER");
      expect(await actor.client.ok(DELETE_USER, { id: doomed.id })).toEqual({ deleteUser: true });
      expect((await actor.client.ok(USER, { id: doomed.id })).user).toBeNull();
    }
  });
});

describe("role and disabled state bite on the next request", () => {
  it("an admin demoted by a super admin is FORBIDDEN on the next request with the same token", async () => {
    const demoted = await signedInAs(t, "ADMIN");
    await demoted.client.ok(STATS);
    await superAdmin.client.ok(SET_ROLE, { id: demoted.id, role: "USER" });
    expect(errorCode(await demoted.client.gql(STATS))).toBe("FORBIDDEN");
    // still signed in, just no longer an admin
    expect((await demoted.client.ok(ME)).me.role).toBe("USER");
  });

  it("a user promoted to admin gets in on the next request", async () => {
    const promoted = await signedInAs(t, "USER");
    expect(errorCode(await promoted.client.gql(STATS))).toBe("FORBIDDEN");
    await superAdmin.client.ok(SET_ROLE, { id: promoted.id, role: "ADMIN" });
    expect((await promoted.client.gql(STATS)).errors).toBeUndefined();
  });

  it("a disabled user's existing access and refresh tokens are refused at once, and stay refused after re-enabling", async () => {
    const target = await signedInAs(t, "ADMIN");
    const bearer = { authorization: `Bearer ${target.account.accessToken}` };
    const service = t.client();
    await service.ok(STATS, undefined, bearer);
    await admin.client.ok(SET_DISABLED, { id: target.id, disabled: true });

    const byBearer = await service.gql(STATS, undefined, bearer);
    expect(errorCode(byBearer)).toBe("UNAUTHENTICATED");
    expect(byBearer.errors![0].extensions.reason).toBe("INVALID");
    expect(errorCode(await target.client.gql(ME))).toBe("UNAUTHENTICATED");
    expect(errorCode(await service.gql(REFRESH, { token: target.account.refreshToken }))).toBe("INVALID_TOKEN");
    expect(errorCode(await t.client().gql(LOGIN, { identifier: target.username, password: target.account.password }))).toBe("ACCOUNT_DISABLED");
    expect(await t.db.session.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);

    await admin.client.ok(SET_DISABLED, { id: target.id, disabled: false });
    expect(errorCode(await service.gql(STATS, undefined, bearer))).toBe("UNAUTHENTICATED");
    expect(errorCode(await service.gql(REFRESH, { token: target.account.refreshToken }))).toBe("INVALID_TOKEN");
  });
});
