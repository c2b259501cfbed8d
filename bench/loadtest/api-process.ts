// The API as a separate child process: started, killed with SIGKILL, restarted on the same
// database and port, or stopped gracefully with SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import { peakRssMb } from "../rss.ts";
import { BUILT_API, productionCommand } from "../server-process.ts";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class ApiProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | string | null>;
  private readonly log: WriteStream;
  starts = 0;
  /** the highest peak resident set (VmHWM) of any of its processes so far, in MB */
  peakRssMb = 0;

  constructor(
    readonly repoRoot: string,
    readonly port: number,
    readonly env: Record<string, string>,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: "a" });
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The built API (server/dist, as `pnpm start` runs it; run.ts builds it first), under plain node. */
  async start(timeoutMs = 120_000): Promise<number> {
    const started = Date.now();
    this.starts += 1;
    this.log.write(`\n--- start #${this.starts} at ${new Date().toISOString()}\n`);
    const production = productionCommand();
    const child = spawn(process.execPath, [...production.nodeArgs, ...(process.env.LOADTEST_NODE_ARGS ?? "").split(" ").filter(Boolean), BUILT_API], {
      cwd: this.repoRoot,
      env: { ...process.env, ...production.env, ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited while starting (${child.exitCode ?? child.signalCode}); see the API log`);
      try {
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
        if (response.status === 200) return Date.now() - started;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the API did not answer /health within ${timeoutMs} ms`);
  }

  private notePeakRss(): void {
    if (this.child?.pid) this.peakRssMb = Math.max(this.peakRssMb, peakRssMb(this.child.pid) || 0);
  }

  /** kill -9: no shutdown hook runs, in-flight requests and queued mail die with it. */
  async kill9(): Promise<void> {
    this.log.write(`\n--- SIGKILL at ${new Date().toISOString()}\n`);
    this.notePeakRss();
    this.child?.kill("SIGKILL");
    await this.exited;
  }

  /** SIGTERM and wait: the graceful path (in-flight requests finish, the database closes). */
  async stop(timeoutMs = 20_000): Promise<number | string | null> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return this.exited ?? null;
    this.notePeakRss();
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child?.kill("SIGKILL"), timeoutMs);
    const result = await this.exited!;
    clearTimeout(timer);
    this.log.write(`\n--- exited (${result}) at ${new Date().toISOString()}\n`);
    return result;
  }

  /** Last resort when the load process itself fails. */
  killNow(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.log.end(resolve));
  }
}
