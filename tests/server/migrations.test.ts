// One data model, two stores: each store's committed migrations must build exactly the shared
// model (prisma/models.prisma), so a model change without its migration on both fails here.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { freshDatabase, onPostgres } from "../helpers/database.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("migrations", () => {
  it(`of ${onPostgres() ? "PostgreSQL" : "SQLite"} build exactly the shared model`, async () => {
    const store = onPostgres() ? "postgres" : "sqlite";
    // the CLI replays the migrations on a shadow database of the same server (or a temp SQLite file)
    const database = await freshDatabase("diff");
    try {
      const run = promisify(execFile)(
        "pnpm",
        ["exec", "prisma", "migrate", "diff", "--from-migrations", `prisma/${store}/migrations`, "--to-schema-datamodel", `prisma/${store}`, "--exit-code"],
        { cwd: root, env: { ...process.env, DATABASE_URL: database.url } },
      );
      // --exit-code: 0 when they match, 2 (and the SQL it would take) when they drift
      await expect(run.then((r) => r.stdout)).resolves.toMatch(/empty migration|No difference/i);
    } finally {
      await database.drop();
    }
  }, 120_000);
});
