// Migrate one template database per run; every test file copies it (fast, isolated).
// Each run has its own folder, so runs side by side never share files. With
// AUTHKIT_TEST_STORE=postgres (pnpm test:postgres) the template is a database on a throwaway
// PostgreSQL server started here and removed at the end.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startPostgres } from "./helpers/postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    tmpDir: string;
    /** the throwaway PostgreSQL server's port, when the run is on PostgreSQL */
    postgresPort: number | null;
  }
}

export const TEMPLATE_DATABASE = "authkit_template";

const migrate = (url: string) =>
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], { cwd: path.resolve(import.meta.dirname, ".."), env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });

export default async function setup(project: TestProject) {
  const tmpDir = path.resolve(import.meta.dirname, ".tmp", `run-${process.pid}`);
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  project.provide("tmpDir", tmpDir);
  const postgres = process.env.AUTHKIT_TEST_STORE === "postgres" ? await startPostgres() : null;
  if (postgres) {
    postgres.sql(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    migrate(postgres.url(TEMPLATE_DATABASE));
  } else {
    migrate(`file:${path.join(tmpDir, "template.db")}`);
  }
  project.provide("postgresPort", postgres?.port ?? null);
  return () => {
    postgres?.stop();
    rmSync(tmpDir, { recursive: true, force: true });
  };
}
