// `prisma migrate reset` does not work offline with the JS engine: empty the store instead
// (then package.json's db:reset migrates and seeds). SQLite: remove the file; PostgreSQL: drop
// and recreate the public schema (the database itself, its owner and grants stay).
import { rmSync } from "node:fs";
import pg from "pg";
import { isPostgresUrl, loadConfig, loadDotEnv } from "../server/src/config.ts";

const config = loadConfig(process.env, loadDotEnv());
if (isPostgresUrl(config.database)) {
  const client = new pg.Client(config.database);
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
  console.log(`Emptied the public schema of ${new URL(config.database).pathname.slice(1)}`);
} else {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(config.database + suffix, { force: true });
  console.log(`Removed ${config.database}`);
}
