// Prisma CLI configuration: the JS schema engine over better-sqlite3, since Prisma's
// native engines cannot be downloaded on our machines (see README, "Offline Prisma").
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const root = import.meta.dirname;
// the CLI skips .env once a config file exists: load it here
try {
  process.loadEnvFile(path.join(root, ".env"));
} catch {}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
  const file = url.replace(/^file:/, "");
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(root, file));
}

// migrate dev replays migrations on the shadow database with one executeRaw per
// migration file; better-sqlite3 runs one statement per call, so run them as a script.
function withShadowScriptShim(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => (query.args.length === 0 ? (await shadow.executeScript(query.sql), 0) : executeRaw(query));
    return shadow;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  // the users search index (server/src/admin/user-search-index.ts): an FTS5 table and its
  // shadow tables, made by the app; Prisma's migrations would otherwise want them dropped
  tables: { external: ["UserSearch", "UserSearch_config", "UserSearch_content", "UserSearch_data", "UserSearch_docsize", "UserSearch_idx"] },
  engine: "js",
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => withShadowScriptShim(new PrismaBetterSQLite3({ url: databaseUrl() })),
});
