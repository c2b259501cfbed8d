import { z } from "zod";
import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { roles, type RoleName } from "../lib/roles.ts";
import { parseInput } from "../lib/validation.ts";
import { assertNotLastSuperAdmin, assertNotSelf, assertWithinReach, findTarget } from "./user-guards.ts";

const roleSchema = z.object({ id: z.string().min(1), role: z.enum(roles) });
const disabledSchema = z.object({ id: z.string().min(1), disabled: z.boolean() });

/** Change a user's role (the schema lets only super admins here). It bites on the target's next request. */
export async function setUserRole(deps: Deps, actor: User, raw: { id: string; role: RoleName }, meta: RequestMeta): Promise<User> {
  const { id, role } = parseInput(roleSchema, raw);
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const target = await findTarget(tx, id);
    assertWithinReach(actor, target);
    if (target.role === role) return target;
    if (target.role === "SUPER_ADMIN") await assertNotLastSuperAdmin(tx, target);
    assertNotSelf(actor, target);
    const updated = await tx.users.update(id, { role });
    await tx.audit.record({ action: "admin.set_role", actor, target, ip: meta.ip, detail: `${target.role} -> ${role}` }, now);
    return updated;
  });
}

/** Disable (every session revoked) or re-enable a user. */
export async function setUserDisabled(deps: Deps, actor: User, raw: { id: string; disabled: boolean }, meta: RequestMeta): Promise<User> {
  const { id, disabled } = parseInput(disabledSchema, raw);
  const now = deps.clock.now();
  const updated = await deps.store.transaction(async (tx) => {
    const target = await findTarget(tx, id);
    assertWithinReach(actor, target);
    if (target.disabled === disabled) return target;
    if (disabled) {
      await assertNotLastSuperAdmin(tx, target);
      assertNotSelf(actor, target);
    }
    const user = await tx.users.update(id, { disabled });
    if (disabled) {
      await tx.sessions.revoke({ userId: id }, "disabled-by-admin", now);
      await tx.resetTokens.revokeAll(id, now);
    }
    await tx.audit.record({ action: disabled ? "admin.disable" : "admin.enable", actor, target, ip: meta.ip }, now);
    return user;
  });
  return updated;
}
