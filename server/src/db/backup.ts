import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import Database from "better-sqlite3";
import { isPostgresUrl } from "../config.ts";

const run = promisify(execFile);
const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, "-");

/** A backup of config.database into `destDir`: SQLite's online backup, or pg_dump's custom format. */
export const backupDatabase = (database: string, destDir: string, at = new Date()): Promise<string> =>
  isPostgresUrl(database) ? backupPostgres(database, destDir, at) : backupSqlite(database, destDir, at);

/**
 * pg_dump into `destDir/<database>-<timestamp>.dump` (one consistent snapshot while the API keeps
 * serving; restore with pg_restore). Returns its path once pg_restore has read its table of contents.
 */
async function backupPostgres(url: string, destDir: string, at: Date): Promise<string> {
  mkdirSync(destDir, { recursive: true });
  const dest = path.join(destDir, `${decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres"}-${stampOf(at)}.dump`);
  await run("pg_dump", ["--format=custom", "--no-owner", "--file", dest, "--dbname", url]);
  const { stdout } = await run("pg_restore", ["--list", dest]);
  if (!/TABLE DATA public "?User"?/.test(stdout)) throw new Error("backup failed its check: no User table data in the dump");
  return dest;
}

/**
 * SQLite's online backup into `destDir/<name>-<timestamp>.db`: consistent while the API keeps
 * serving (pages written meanwhile are copied again). Returns the backup's path once it has
 * passed an integrity check.
 */
async function backupSqlite(file: string, destDir: string, at: Date): Promise<string> {
  mkdirSync(destDir, { recursive: true });
  const dest = path.join(destDir, `${path.basename(file, path.extname(file))}-${stampOf(at)}.db`);
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
