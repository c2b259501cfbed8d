import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { removeAvatarFile } from "../avatars/avatar-files.ts";
import { assertNotLastSuperAdmin, assertNotSelf, assertWithinReach, findTarget } from "./user-guards.ts";

/**
 * Remove a user for good. Sessions, refresh and reset tokens and OTPs go with the row
 * (cascades); audit rows stay, their links set to null and their labels still naming the user.
 */
export async function deleteUser(deps: Deps, actor: User, id: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  const deleted = await deps.store.transaction(async (tx) => {
    const target = await findTarget(tx, id);
    assertWithinReach(actor, target);
    await assertNotLastSuperAdmin(tx, target);
    assertNotSelf(actor, target);
    // the event is written first, while the target still exists to take its label from
    await tx.audit.record({ action: "admin.delete_user", actor, target, ip: meta.ip, detail: `email ${target.email}` }, now);
    return tx.users.delete(id);
  });
  // the file goes only once the row is gone: a failed delete must not leave a broken avatar
  await removeAvatarFile(deps, deleted.avatarFile);
}
