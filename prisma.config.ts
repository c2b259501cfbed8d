// Prisma CLI configuration: the JS schema engine over a driver adapter, since Prisma's native
// engines cannot be downloaded on our machines (see README, "Offline Prisma"). The store comes
// from DATABASE_URL: SQLite (file:…, the default) or PostgreSQL (postgresql://…), each with its
// own schema folder (the shared prisma/models.prisma plus a datasource) and migrations.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const root = import.meta.dirname;
// the CLI skips .env once a config file exists: load it here
try {
  process.loadEnvFile(path.join(root, ".env"));
} catch {}

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

function sqliteUrl(): string {
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

/**
 * The pg adapter under the CLI, with the workarounds ../shared/STACK.md records (each seen failing):
 * catalog columns of type name/"char" are read as text (prisma/orm#27403); the pool gets fields,
 * not a connection string (which would override the shadow database's name); the shadow database
 * is dropped after its pool closes; and idle timers do not keep the CLI alive for a minute.
 */
function postgresAdapter(): PrismaPg {
  const addFields = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  for (const name of ["setTimeout", "setInterval"] as const) {
    const schedule = globalThis[name] as (...args: unknown[]) => { unref?: () => void };
    (globalThis as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const timer = schedule(...args);
      timer?.unref?.();
      return timer;
    };
  }
  const parsed = new URL(url);
  const config: pg.PoolConfig = {
    host: parsed.hostname || undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
    ...(parsed.searchParams.get("host") ? { host: parsed.searchParams.get("host")! } : {}),
    allowExitOnIdle: true,
  };
  const factory = new PrismaPg(config);
  factory.connectToShadowDb = async () => {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(config);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = await new PrismaPg({ ...config, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(config);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  };
  return factory;
}

const store = postgres ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  // the users search index on SQLite (server/src/db/user-search.ts): an FTS5 table and its
  // shadow tables, made by the app; Prisma's migrations would otherwise want them dropped
  tables: { external: postgres ? [] : ["UserSearch", "UserSearch_config", "UserSearch_content", "UserSearch_data", "UserSearch_docsize", "UserSearch_idx"] },
  engine: "js",
  schema: path.join(root, "prisma", store),
  migrations: { path: path.join(root, "prisma", store, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgres ? postgresAdapter() : withShadowScriptShim(new PrismaBetterSQLite3({ url: sqliteUrl() }))),
});
