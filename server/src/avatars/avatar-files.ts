// Where avatar files live on disk, and the only names the server ever gives them.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Deps } from "../deps.ts";

export type AvatarExtension = "png" | "jpg" | "webp" | "gif";

/** 128 random bits in hex plus a known extension: nothing a client sends ever reaches a path. */
export const AVATAR_FILE_NAME = /^[a-f0-9]{32}\.(png|jpg|webp|gif)$/;

export const contentTypes: Record<AvatarExtension, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

const avatarDir = (deps: Pick<Deps, "config">) => path.join(deps.config.uploadDir, "avatars");

/** The path of a stored avatar, or null for any name the server would not have generated. */
export function avatarPath(deps: Pick<Deps, "config">, fileName: string): string | null {
  return AVATAR_FILE_NAME.test(fileName) ? path.join(avatarDir(deps), fileName) : null;
}

/**
 * Store re-encoded image bytes under a fresh random name. Written to a temporary name first
 * and renamed, so a crash mid-write never leaves a half file under a servable name.
 */
export async function writeAvatarFile(deps: Pick<Deps, "config">, bytes: Buffer, extension: AvatarExtension): Promise<string> {
  const dir = avatarDir(deps);
  await mkdir(dir, { recursive: true });
  const fileName = `${randomBytes(16).toString("hex")}.${extension}`;
  const temp = path.join(dir, `.tmp-${randomBytes(8).toString("hex")}`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path.join(dir, fileName));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return fileName;
}

/** Delete a user's avatar file (on replace, remove, or account deletion). A missing file is fine. */
export async function removeAvatarFile(deps: Pick<Deps, "config" | "log">, fileName: string | null): Promise<void> {
  if (!fileName) return;
  const file = avatarPath(deps, fileName);
  if (!file) {
    deps.log.warn({ fileName }, "not removing an avatar with an unexpected name");
    return;
  }
  try {
    await rm(file, { force: true });
  } catch (error) {
    // the row is already gone or changed; a stray file is harmless, a failed request is not
    deps.log.error({ err: error, fileName }, "could not remove an avatar file");
  }
}

/**
 * Remove what a crash (kill -9, power loss) left behind: `.tmp-` files of an unfinished write,
 * and avatars no row points to (written but the row update never committed, or replaced but
 * not yet removed). Run once at start, before listening, and only on files older than
 * `before`: one API process serves a database, so any such file is an orphan.
 */
export async function sweepOrphanAvatarFiles(deps: Pick<Deps, "config" | "store" | "log">, before: Date): Promise<number> {
  const dir = avatarDir(deps);
  const names = await readdir(dir).catch(() => [] as string[]);
  if (!names.length) return 0;
  const referenced = new Set(await deps.store.users.avatarFiles());
  let removed = 0;
  for (const name of names) {
    const leftover = name.startsWith(".tmp-") || (AVATAR_FILE_NAME.test(name) && !referenced.has(name));
    if (!leftover) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.mtime >= before) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  if (removed) deps.log.warn({ removed }, "removed avatar files left by an interrupted upload");
  return removed;
}
