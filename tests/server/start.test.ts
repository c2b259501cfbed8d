// `pnpm start` and `pnpm start:api` as a user runs them: the built API and web app in their
// own process group, with no NODE_ENV of their own.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureWebBuild, freePort } from "../e2e/web-server.ts";
import { ensureServerBuild } from "../helpers/server-build.ts";
import { freshDatabase } from "../helpers/database.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** What production needs, on a fresh database copy; NODE_ENV removed, as in a user's shell. */
async function productionEnv(extra: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  const tmpDir = inject("tmpDir");
  const database = await freshDatabase("start");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    UPLOAD_DIR: mkdtempSync(path.join(tmpDir, "start-uploads-")),
    // set (even empty) so the repository's .env cannot fill them in
    JWT_SECRET: randomBytes(32).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("base64"),
    SMTP_URL: "",
    SUPER_ADMIN_EMAIL: "root@example.com",
    SUPER_ADMIN_PASSWORD: "a-long-enough-admin-password",
    ...extra,
  };
  delete env.NODE_ENV;
  return env;
}

const running: ChildProcess[] = [];

/** A pnpm script in a process group of its own, so the servers it starts can be stopped with it. */
function runScript(script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn("pnpm", [script], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Poll until `url` answers at all (any status), failing early if the scripts exited. */
async function reachable(url: string, run: ReturnType<typeof runScript>): Promise<Response> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response) return response;
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`${url} never answered:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// builds take long on a busy machine: in the hook (120 s), not in the tests
beforeAll(() => {
  ensureServerBuild();
  ensureWebBuild();
});

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  }
});

describe("pnpm start", () => {
  it("runs the API in production unless NODE_ENV says otherwise: no dev mailbox", async () => {
    const port = await freePort();
    const run = runScript("start:api", await productionEnv({ PORT: String(port) }));
    expect((await reachable(`http://127.0.0.1:${port}/health`, run)).status).toBe(200);
    // the mailbox shows every code and reset link: it must not exist in a production start
    expect((await fetch(`http://127.0.0.1:${port}/dev/mail`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/dev/mail.json`)).status).toBe(404);
  }, 90_000);

  it("serves the API on PORT and the web app on WEB_PORT", async () => {
    const [port, webPort] = [await freePort(), await freePort()];
    const run = runScript("start", await productionEnv({ PORT: String(port), WEB_PORT: String(webPort) }));
    expect((await reachable(`http://127.0.0.1:${port}/health`, run)).status).toBe(200);
    const login = await reachable(`http://127.0.0.1:${webPort}/login`, run);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("Sign in");
    // and the web app finds the API on PORT by itself (its /graphql forwards there)
    const typename = await fetch(`http://127.0.0.1:${webPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await typename.json()).toEqual({ data: { __typename: "Query" } });
    expect(run.output()).not.toContain("EADDRINUSE");
  }, 120_000);
});
