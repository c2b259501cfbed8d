// Cold start: spawn `node <entry>` to its first 200 on /health, polled every 5 ms, then its
// resident set once idle. The API and a bare Fastify server take turns, so both see the same machine.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./server-process.ts";
import { repoRoot } from "./prepare-db.ts";

export interface ColdStart {
  ms: number;
  /** VmRSS one second after the first answer, in MB */
  idleRssMb: number;
}

const rssMb = (pid: number) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

let fetchLoaded: Promise<unknown> | undefined;

export async function coldStart(entry: string, env: Record<string, string>): Promise<ColdStart> {
  await (fetchLoaded ??= fetch("http://127.0.0.1:9/").catch(() => undefined)); // load fetch before the clock starts
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/health`;
  const started = performance.now();
  const child = spawn(process.execPath, [entry], { cwd: repoRoot, env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: ["ignore", "ignore", "inherit"] });
  let exited = false;
  const gone = new Promise((resolve) => child.once("exit", () => resolve((exited = true))));
  try {
    for (;;) {
      if (exited) throw new Error(`${entry} exited before answering /health`);
      if (performance.now() - started > 60_000) throw new Error(`${entry}: no 200 on /health within 60 s`);
      const status = await fetch(url).then(
        (r) => (r.body?.cancel(), r.status),
        () => 0,
      );
      if (status === 200) break;
      await sleep(5);
    }
    const ms = performance.now() - started;
    await sleep(1000);
    return { ms, idleRssMb: rssMb(child.pid!) };
  } finally {
    child.kill("SIGTERM");
    await gone;
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
