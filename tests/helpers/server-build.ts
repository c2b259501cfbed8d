import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { newestMtime } from "../e2e/web-server.ts";

const root = path.resolve(import.meta.dirname, "../..");
export const serverEntry = path.join(root, "server/dist/server.js");

/** `pnpm start` runs server/dist (a bundle): build it when the sources or the build script are newer (a fresh checkout has none). */
export function ensureServerBuild(): void {
  const sources = Math.max(newestMtime(path.join(root, "server/src")), statSync(path.join(root, "server/scripts/build.mjs")).mtimeMs);
  if (existsSync(serverEntry) && statSync(serverEntry).mtimeMs >= sources) return;
  try {
    execFileSync("pnpm", ["--filter", "@authkit/server", "build"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    throw new Error(`the API does not build:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
}
