import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { captureLogs } from "../helpers/log-capture.ts";
import { freshDatabase } from "../helpers/database.ts";

const root = path.resolve(import.meta.dirname, "../..");
const running: ChildProcess[] = [];
// a whole API process starts per test (tsx compiles it): slow on a busy machine
const START_TIMEOUT = 90_000;

/** The real entry point (server.ts) in production, its JSON log lines captured, until it listens. */
async function startProduction(webOrigin: string) {
  const db = await freshDatabase("warnings");
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/src/server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      LOG_LEVEL: "info",
      WEB_ORIGIN: webOrigin,
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString("base64url"),
      DATA_KEY: randomBytes(32).toString("base64"),
      SMTP_URL: "smtp://127.0.0.1:9",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.push(child);
  const logs = captureLogs();
  child.stdout!.pipe(logs.stream);
  await logs.waitFor((entry) => /Server listening/.test(entry.msg), 1, START_TIMEOUT);
  return logs;
}

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
});

const plainHttpWarning = (entry: { level: number; msg: string }) => entry.level === 40 && /WEB_ORIGIN/.test(entry.msg);

describe("warnings at the start of a production API", () => {
  it("warns that sign-in will not stick when WEB_ORIGIN is plain http:// on a real host", { timeout: START_TIMEOUT }, async () => {
    const logs = await startProduction("http://auth.example.com");
    const [warning] = logs.entries().filter(plainHttpWarning);
    expect(warning?.msg).toMatch(/WEB_ORIGIN http:\/\/auth\.example\.com is not https:/);
    expect(warning.msg).toMatch(/Secure __Host- cookies/);
    expect(warning.msg).toMatch(/sign-in will not stick/);
  });

  // https, pnpm start's default, and the bracketed IPv6 loopback (URL keeps the brackets in hostname)
  for (const origin of ["https://auth.example.com", "http://localhost:3000", "http://[::1]:3000"]) {
    it(`says nothing for ${origin}`, { timeout: START_TIMEOUT }, async () => {
      const logs = await startProduction(origin);
      expect(logs.entries().filter(plainHttpWarning)).toEqual([]);
    });
  }
});
