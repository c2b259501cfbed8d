import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One data seam: only server/src/db/ knows Prisma, SQL, better-sqlite3 or which database runs.
// Everything else reaches data through the stores (deps.store).
const src = path.resolve(import.meta.dirname, "../../server/src");
const outsideSeam = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["db", "generated"].includes(path.relative(src, full)) ? [] : outsideSeam(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });

const FORBIDDEN = [/generated\/prisma/, /from "better-sqlite3"/, /from "@prisma\//, /\bPrisma\.sql\b/, /\$queryRaw|\$executeRaw|\$transaction/, /\bdeps\.db\b/];

describe("the data seam", () => {
  const files = outsideSeam(src);

  it("finds the server's files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [path.relative(src, file), file]))("%s reaches data only through the stores", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(FORBIDDEN.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });
});
