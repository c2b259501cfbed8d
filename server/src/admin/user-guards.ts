import type { Store } from "../db/store.ts";
import type { User } from "../db/types.ts";
import { AppError } from "../lib/errors.ts";

type DbOrTx = Pick<Store, "users">;

// FORBIDDEN carries a reason, so a client (and a test) can tell which rule refused it.
type ForbiddenReason = "SELF" | "SUPER_ADMIN_TARGET" | "LAST_SUPER_ADMIN";
const forbidden = (reason: ForbiddenReason) => new AppError("FORBIDDEN", { reason });

/** The user an admin action is aimed at; NOT_FOUND when there is none. */
export async function findTarget(db: DbOrTx, id: string): Promise<User> {
  const target = await db.users.byId(id);
  if (!target) throw new AppError("NOT_FOUND");
  return target;
}

/** An admin may act on users and admins; only a super admin may act on a super admin. */
export function assertWithinReach(actor: User, target: User): void {
  if (target.role === "SUPER_ADMIN" && actor.role !== "SUPER_ADMIN") throw forbidden("SUPER_ADMIN_TARGET");
}

/** Nobody disables, demotes or deletes themselves (their own session would lock them out mid-action). */
export function assertNotSelf(actor: User, target: User): void {
  if (actor.id === target.id) throw forbidden("SELF");
}

/**
 * The last enabled super admin can be neither demoted, disabled nor deleted: someone must
 * always be able to change roles. Run inside the writing transaction, so two super admins
 * removing each other at once cannot both pass.
 */
export async function assertNotLastSuperAdmin(db: DbOrTx, target: User): Promise<void> {
  if (target.role !== "SUPER_ADMIN") return;
  const others = await db.users.countOtherActiveSuperAdmins(target.id);
  if (others === 0) throw forbidden("LAST_SUPER_ADMIN");
}
