// pnpm codegen, first step: the schema the API serves, as the real app assembles it from every
// capability's SDL, printed to server/schema.graphql for the code generator.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { schemaFile, schemaText } from "./schema-text.ts";

// the app starts only on a migrated database: a scratch one, thrown away after
const dir = mkdtempSync(path.join(os.tmpdir(), "authkit-schema-"));
try {
  const databaseUrl = `file:${path.join(dir, "schema.db")}`;
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("base64"),
    UPLOAD_DIR: path.join(dir, "uploads"),
  });
  const app = await buildApp({ config });
  writeFileSync(schemaFile, await schemaText(app.graphqlSchema));
  await app.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
