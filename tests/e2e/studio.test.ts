import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer, type AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from "vitest";
import { seedSuperAdmin } from "../../server/src/admin/seed-super-admin.ts";
import { createDb } from "../../server/src/db/client.ts";
import { createStore } from "../../server/src/db/store.ts";
import { artifactsDir, launchBrowser } from "./browser.ts";

// Issue 12.5: `pnpm db:studio` works offline. Prisma 6's Studio needs the native query engine,
// which cannot be downloaded here; the script runs Prisma 7's Studio (prisma/studio), which
// opens the SQLite file itself. Spawned exactly as a person runs it, on a migrated copy with
// a seeded super admin.

const repoRoot = path.resolve(import.meta.dirname, "../..");
const ADMIN_EMAIL = "studio-admin@example.test";

let databaseFile: string;
let port: number;
let studio: ChildProcess | undefined;
let studioExit: Promise<unknown> | undefined;
let output = "";
let browser: Browser | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Poll until Studio answers on its port; fail at once if the process ends first. */
async function waitForStudio(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  studioExit?.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`pnpm db:studio exited before answering:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pnpm db:studio did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}

/** Outcome of a TCP connection attempt: "connected" or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once("connect", () => (socket.destroy(), resolve("connected")));
    socket.once("timeout", () => (socket.destroy(), resolve("timeout")));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** Local addresses of listening TCP sockets on this port, from /proc/net/tcp{,6} (Linux). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue; // 0A: LISTEN
      const [hexAddress, hexPort] = local.split(":");
      if (parseInt(hexPort, 16) !== port) continue;
      found.push(
        hexAddress.length === 8
          ? hexAddress
              .match(/../g)!
              .reverse()
              .map((byte) => parseInt(byte, 16))
              .join(".") // little-endian IPv4
          : `ipv6:${hexAddress}`,
      );
    }
  }
  return found;
}

beforeAll(async () => {
  // a migrated copy with the super admin, seeded through the product's own seeding code
  databaseFile = path.join(inject("tmpDir"), `studio-${randomBytes(6).toString("hex")}.db`);
  copyFileSync(path.join(inject("tmpDir"), "template.db"), databaseFile);
  const db = await createDb(databaseFile);
  try {
    await seedSuperAdmin(createStore(db), { email: ADMIN_EMAIL, password: "studio-test-password", username: "studioadmin" });
  } finally {
    await db.$disconnect();
  }

  port = await freePort();
  studio = spawn("pnpm", ["db:studio", "--port", String(port), "--browser", "none"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, BROWSER: "none" },
    detached: true, // its own process group: pnpm, the shell, pnpm exec and Studio go together
    stdio: ["ignore", "pipe", "pipe"],
  });
  studio.stdout!.on("data", (chunk) => (output += chunk));
  studio.stderr!.on("data", (chunk) => (output += chunk));
  studioExit = new Promise((resolve) => studio!.once("exit", resolve));
  await waitForStudio(`http://127.0.0.1:${port}/`, 90_000);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (studio?.pid && studio.exitCode === null && studio.signalCode === null) {
    process.kill(-studio.pid, "SIGTERM");
    const ended = await Promise.race([studioExit, new Promise((resolve) => setTimeout(() => resolve("late"), 5_000))]);
    if (ended === "late") process.kill(-studio.pid, "SIGKILL");
  }
  if (databaseFile) for (const suffix of ["", "-wal", "-shm"]) rmSync(databaseFile + suffix, { force: true });
});

describe("pnpm db:studio", () => {
  it("shows the User table with the seeded super admin, offline", async () => {
    onTestFailed(() => console.error(`pnpm db:studio said:\n${output}`));
    const origin = `http://127.0.0.1:${port}`;
    const context = await browser!.newContext({ viewport: { width: 1600, height: 900 } });
    // Studio's page pings Prisma's telemetry; this machine is offline anyway: keep it local
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByText("User", { exact: true }).click({ timeout: 30_000 });
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain("table=User");
    await page.getByText(ADMIN_EMAIL, { exact: true }).waitFor({ state: "visible", timeout: 30_000 });
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, "studio-user-table.png") });
    await context.close();
  }, 60_000);

  it("listens on 127.0.0.1 only", async () => {
    if (existsSync("/proc/net/tcp")) expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
    expect(await tryConnect("127.0.0.1", port)).toBe("connected");
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info && !info.internal && info.family === "IPv4")
      .map((info) => info!.address);
    for (const address of external) expect(await tryConnect(address, port), address).toBe("ECONNREFUSED");
  });
});
