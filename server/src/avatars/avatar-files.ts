// Where avatar files live on disk, and the only names the server ever gives them.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
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

export const avatarDir = (deps: Pick<Deps, "config">) => path.join(deps.config.uploadDir, "avatars");

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
