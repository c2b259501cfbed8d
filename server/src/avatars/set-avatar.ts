import type { FileUpload } from "../graphql/uploads.ts";
import type { Deps, RequestMeta } from "../deps.ts";
import type { User } from "../db/types.ts";
import { removeAvatarFile, writeAvatarFile } from "./avatar-files.ts";
import { reencodeAvatar } from "./process-image.ts";
import { readUpload } from "./read-upload.ts";

/** Point the user's row at `fileName` (or none) and record it; answers the file it replaced. */
async function swapAvatar(deps: Deps, user: User, fileName: string | null, meta: RequestMeta) {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    // read inside the transaction: two racing uploads each remove the file they really replaced
    const previous = (await tx.users.byId(user.id))?.avatarFile ?? null;
    const updated = await tx.users.update(user.id, { avatarFile: fileName });
    const action = fileName ? "user.avatar_changed" : "user.avatar_removed";
    await tx.audit.record({ action, actor: updated, target: updated, ip: meta.ip }, now);
    return { updated, previous };
  });
}

/**
 * Replace the user's avatar with an uploaded image. Everything is checked and re-encoded
 * before anything is written; if the row update fails the new file is removed again, so a
 * failed upload leaves neither a file nor a changed row.
 */
export async function uploadAvatar(deps: Deps, user: User, upload: Promise<FileUpload>, meta: RequestMeta): Promise<User> {
  // decoding and re-encoding images is the costly part: bounded per user
  await deps.limits.hit([["upload.user", user.id]], deps.clock.now());
  const image = await reencodeAvatar(await readUpload(upload));
  const fileName = await writeAvatarFile(deps, image.bytes, image.extension);
  let swapped;
  try {
    swapped = await swapAvatar(deps, user, fileName, meta);
  } catch (error) {
    await removeAvatarFile(deps, fileName);
    throw error;
  }
  await removeAvatarFile(deps, swapped.previous);
  return swapped.updated;
}

/** Clear the user's avatar and delete its file. */
export async function removeAvatar(deps: Deps, user: User, meta: RequestMeta): Promise<User> {
  const { updated, previous } = await swapAvatar(deps, user, null, meta);
  await removeAvatarFile(deps, previous);
  return updated;
}
