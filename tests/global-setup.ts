// Migrate one template database per run; every test file copies it (fast, isolated).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const tmpDir = path.resolve(import.meta.dirname, ".tmp");
export const templateDb = path.join(tmpDir, "template.db");

export default function setup() {
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: `file:${templateDb}` },
    stdio: "pipe",
  });
  return () => rmSync(tmpDir, { recursive: true, force: true });
}
