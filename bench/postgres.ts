// The bench's PostgreSQL: a throwaway server (tests/helpers/postgres-server.ts), one database
// migrated by `prisma migrate deploy` and seeded as SQLite's template is (the same 100k users),
// and the same fixture on it (admin session, sign-in accounts). The me_pg and login_pg scenarios
// run the same built API with this DATABASE_URL, so their ratios to me_graphql and login are
// PostgreSQL against SQLite in one run.
import { execFileSync } from "node:child_process";
import { createDb } from "../server/src/db/client.ts";
import { seedUsers } from "../server/src/db/seed-users.ts";
import { createStore } from "../server/src/db/store.ts";
import { startPostgres, type PostgresServer } from "../tests/helpers/postgres-server.ts";
import { fixtureOn, repoRoot, type Fixture } from "./prepare-db.ts";

export async function preparePostgres(options: { users: number; loginAccounts: number; env: Record<string, string> }): Promise<{ fixture: Fixture; server: PostgresServer }> {
  const server = await startPostgres();
  server.sql("CREATE DATABASE bench");
  const env = { ...options.env, DATABASE_URL: server.url("bench") };
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: "pipe" });
  const db = await createDb(env.DATABASE_URL);
  try {
    await seedUsers(db, { count: options.users });
    await createStore(db).prepare(); // the search index, as the API would make it at its first start
    await db.$executeRawUnsafe("ANALYZE"); // the planner's statistics, as autovacuum keeps them on a served database
  } finally {
    await db.$disconnect();
  }
  return { fixture: await fixtureOn(env, options), server };
}
