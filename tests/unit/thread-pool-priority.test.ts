import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = path.resolve(import.meta.dirname, "../fixtures/thread-pool-priority.ts");

function run(poolSize?: string) {
  const env = { ...process.env };
  delete env.UV_THREADPOOL_SIZE;
  if (poolSize !== undefined) env.UV_THREADPOOL_SIZE = poolSize;
  const out = execFileSync(process.execPath, ["--import", "tsx", fixture], { encoding: "utf8", env });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { lowered: number; hashed: boolean; main: string; threads: Record<string, number> };
}

describe.runIf(process.platform === "linux")("thread pool priority", () => {
  it("lowers the four hashing threads and leaves the event loop's thread at normal priority", () => {
    const { lowered, hashed, main, threads } = run();
    expect(lowered).toBe(4);
    expect(hashed).toBe(true); // hashing still works on the lowered threads
    expect(threads[main]).toBe(0);
    expect(Object.values(threads).filter((nice) => nice === 19)).toHaveLength(4);
  });

  it("finds a pool of another size", () => {
    const { lowered, threads } = run("2");
    expect(lowered).toBe(2);
    expect(Object.values(threads).filter((nice) => nice === 19)).toHaveLength(2);
  });
});
