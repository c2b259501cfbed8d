import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const webDir = path.resolve(import.meta.dirname, "../../web");
const builtEntry = path.join(webDir, "build/index.js");

/** A free loopback port: the API must know the web origin before the web server starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `pnpm test` builds the web app first; a direct vitest run rebuilds only when the sources are newer. */
export function ensureWebBuild(): void {
  const sources = Math.max(newestMtime(path.join(webDir, "src")), newestMtime(path.join(webDir, "static")), statSync(path.join(webDir, "svelte.config.js")).mtimeMs);
  if (existsSync(builtEntry) && statSync(builtEntry).mtimeMs >= sources) return;
  // vitest sets NODE_ENV=test, and Vite builds a development bundle unless it is production
  execFileSync("pnpm", ["--filter", "@authkit/web", "build"], { cwd: path.dirname(webDir), stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } });
}

export interface WebServer {
  origin: string;
  /** what the server printed: shown when a test fails */
  output(): string;
  stop(): Promise<void>;
}

export interface WebServerOptions {
  /** more environment, e.g. WEB_ADDRESS_HEADER, or ORIGIN for another configured origin */
  env?: Record<string, string>;
  /** start through web/start.js (which maps WEB_* to adapter-node's names) instead of the build itself */
  viaStartScript?: boolean;
  /** the origin's host: "localhost" where the browser needs a domain (a WebAuthn RP ID cannot be an IP address); it still listens on 127.0.0.1 */
  host?: "127.0.0.1" | "localhost";
}

/** The built web app (adapter-node), as `pnpm start` runs it, talking to the test API. */
export async function startWebServer(port: number, apiUrl: string, options: WebServerOptions = {}): Promise<WebServer> {
  const origin = `http://${options.host ?? "127.0.0.1"}:${port}`;
  const entry = options.viaStartScript ? path.join(webDir, "start.js") : builtEntry;
  const env = { NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), WEB_PORT: String(port), ORIGIN: origin, API_URL: apiUrl, ...options.env };
  const child: ChildProcess = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/login`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`web server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
