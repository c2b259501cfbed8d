// Prisma Studio (Prisma 7): it opens the database itself, so it needs only the URL. The
// root keeps Prisma 6 for migrate and the client. Run it with `pnpm db:studio` at the root.
import path from "node:path";
import { defineConfig } from "prisma/config";

const repoRoot = path.resolve(import.meta.dirname, "../..");
// like the server (server/src/config.ts, loadDotEnv): the git-ignored .env at the root, if any
try {
  process.loadEnvFile(path.join(repoRoot, ".env"));
} catch {}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL || "file:./prisma/dev.db";
  if (!url.startsWith("file:")) return url; // e.g. postgresql://…: passed through unchanged
  // Studio wants file:// and an absolute path; relative paths are from the repository root
  const file = url.replace(/^file:(\/\/)?/, "");
  return "file://" + (path.isAbsolute(file) ? file : path.resolve(repoRoot, file));
}

export default defineConfig({ datasource: { url: databaseUrl() } });
