import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** the exit code (null when killed by a signal) */
  exited: Promise<number | null>;
  /** Resolves once the server has written a line matching `pattern` (from where the last wait stopped). */
  logged(pattern: RegExp): Promise<void>;
  /** everything it wrote to stdout so far (JSON log lines) */
  output(): string;
  /** SIGTERM (graceful: in-flight requests finish) and wait for the exit */
  stop(): Promise<number | null>;
  /** kill -9: nothing of its own shutdown runs */
  kill(): Promise<void>;
}

/**
 * The real server entry point in its own process, listening on a free port: the sources
 * (server/src/server.ts) or, with `built`, the bundle `pnpm start` runs (server/dist/server.js).
 */
export async function startApiProcess(env: Record<string, string>, options: { built?: boolean; nodeArgs?: string[] } = {}): Promise<ApiProcess> {
  // node itself with tsx's loader, not the tsx CLI: a signal must reach the server, not a wrapper
  const args = [...(options.nodeArgs ?? []), ...(options.built ? ["server/dist/server.js"] : ["--import", "tsx", "server/src/server.ts"])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  child.stderr!.on("data", (chunk) => (err += chunk));
  let seen = 0;
  const logged = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(out.slice(seen));
        if (!match) return;
        seen += match.index + match[0].length;
        child.stdout!.off("data", check);
        resolve();
      };
      child.stdout!.on("data", check);
      child.once("exit", () => reject(new Error(`server exited before logging ${pattern}: ${out}${err}`)));
      check();
    });
  await logged(/listening at http:\/\/127\.0\.0\.1:\d+/);
  const port = Number(/listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    exited,
    logged,
    output: () => out,
    stop: async () => {
      if (running()) child.kill("SIGTERM");
      return exited;
    },
    kill: async () => {
      if (running()) child.kill("SIGKILL");
      await exited;
    },
  };
}
