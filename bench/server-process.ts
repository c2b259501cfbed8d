// One server under test in its own child process, on a free port, ready when its port accepts
// connections. A .ts entry runs under node with the tsx loader (so the pid is the server
// itself, not a wrapper); a .js entry (the built API) under plain node, as in production.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, connect } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "./prepare-db.ts";

/**
 * The built API, and how `pnpm start:api` runs it (server/package.json): its node flags and the
 * literal variables set before node (the allocator's), so the bench runs what production runs.
 */
export const BUILT_API = "server/dist/server.js";
export function productionCommand(): { nodeArgs: string[]; env: Record<string, string> } {
  const start: string = JSON.parse(readFileSync(path.join(repoRoot, "server/package.json"), "utf8")).scripts.start;
  const words = start.split(/\s+/);
  const node = words.indexOf("node");
  if (node < 0 || words.at(-1) !== "dist/server.js") throw new Error(`server/package.json: the start script no longer reads "… node [--flags] dist/server.js": ${start}`);
  const env: Record<string, string> = {};
  for (const word of words.slice(0, node)) {
    const assignment = /^([A-Z][A-Z0-9_]*)=([^$]*)$/.exec(word); // literal values only: NODE_ENV's is the caller's
    if (assignment) env[assignment[1]] = assignment[2];
  }
  return { nodeArgs: words.slice(node + 1, -1), env };
}

/** The API's environment in the bench: production, fresh secrets, mail to `smtpUrl`, X-Forwarded-For trusted from loopback. */
export const apiEnv = (smtpUrl: string) => ({
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  JWT_SECRET: randomBytes(32).toString("base64url"),
  // the fixture's process and every server share it: the signing key is stored sealed under it
  DATA_KEY: randomBytes(32).toString("base64"),
  SMTP_URL: smtpUrl,
  ACCESS_TOKEN_TTL: "1h",
  TRUST_PROXY: "loopback",
});

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/** `nodeArgs`: extra flags for this server's node, e.g. `--cpu-prof` when profiling (the built API also gets production's). */
export async function startServer(entry: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  const production = entry === BUILT_API ? productionCommand() : { nodeArgs: [], env: {} };
  const child: ChildProcess = spawn(process.execPath, [...production.nodeArgs, ...nodeArgs, ...loader, entry], {
    cwd: repoRoot,
    env: { ...process.env, ...production.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (!(await accepts(port))) {
    if (exited) throw new Error(`${entry} exited before listening`);
    if (Date.now() > deadline) throw new Error(`${entry} did not listen within 60 s`);
    await sleep(100);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 12_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
