// A fresh database for one test (or one spawned process): a copy of the migrated template, on
// the store the run uses (SQLite by default; PostgreSQL under pnpm test:postgres).
import { copyFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";

export interface TestDatabase {
  /** DATABASE_URL for it */
  url: string;
  /** the SQLite file; null on PostgreSQL */
  file: string | null;
  drop(): Promise<void>;
}

export const onPostgres = () => inject("postgresPort") !== null;

const postgresUrl = (database: string) => `postgresql://postgres@127.0.0.1:${inject("postgresPort")}/${database}`;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client(postgresUrl("postgres"));
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(label = "t"): Promise<TestDatabase> {
  const id = `${label}_${randomBytes(6).toString("hex")}`;
  if (onPostgres()) {
    await onServer(`CREATE DATABASE "${id}" TEMPLATE authkit_template`);
    return { url: postgresUrl(id), file: null, drop: () => onServer(`DROP DATABASE IF EXISTS "${id}" WITH (FORCE)`) };
  }
  const file = path.join(inject("tmpDir"), `${id}.db`);
  copyFileSync(path.join(inject("tmpDir"), "template.db"), file);
  return {
    url: `file:${file}`,
    file,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}

/** The users in the database file itself, as if the WAL beside it did not exist. */
export function usersInFileAlone(file: string): string[] {
  const copy = `${file}.alone-${process.pid}`;
  copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    return (db.prepare('SELECT "email" FROM "User"').all() as Array<{ email: string }>).map((row) => row.email);
  } finally {
    db.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(copy + suffix, { force: true });
  }
}
