// Migrate one template database per run; every test file copies it (fast, isolated).
// Each run has its own folder, so runs side by side never share files.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    tmpDir: string;
  }
}

export default function setup(project: TestProject) {
  const tmpDir = path.resolve(import.meta.dirname, ".tmp", `run-${process.pid}`);
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: `file:${path.join(tmpDir, "template.db")}` },
    stdio: "pipe",
  });
  project.provide("tmpDir", tmpDir);
  return () => rmSync(tmpDir, { recursive: true, force: true });
}
