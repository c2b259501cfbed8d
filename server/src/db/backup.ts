import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * SQLite's online backup into `destDir/<name>-<timestamp>.db`: consistent while the API keeps
 * serving (pages written meanwhile are copied again). Returns the backup's path once it has
 * passed an integrity check.
 */
export async function backupDatabase(file: string, destDir: string, at = new Date()): Promise<string> {
  mkdirSync(destDir, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, "-");
  const dest = path.join(destDir, `${path.basename(file, path.extname(file))}-${stamp}.db`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dest);
  } finally {
    source.close();
  }
  const copy = new Database(dest, { readonly: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`backup failed its integrity check: ${result}`);
  } finally {
    copy.close();
  }
  return dest;
}
