// The built API runs its bundle through V8's code cache, kept beside it (server/src/launcher.ts):
// written when a start without one ends cleanly, taken as it is by the next start, replaced
// when V8 refuses it, and never written by a start that failed.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../helpers/api-process.ts";
import { freshDatabase, type TestDatabase } from "../helpers/database.ts";
import { GqlClient } from "../helpers/gql-client.ts";
import { ensureServerBuild, serverEntry } from "../helpers/server-build.ts";

const dist = path.dirname(serverEntry);
// a flag of its own gives this file's starts their own cache (the launcher names it by node's
// version and flags): other tests start the same bundle meanwhile
const nodeArgs = [`--title=authkit-code-cache-test-${process.pid}`];
const runtime = createHash("sha256")
  .update(`${process.version} ${nodeArgs.join(" ")}`)
  .digest("hex")
  .slice(0, 12);
const cacheFile = () => {
  const found = readdirSync(dist).filter((name) => name.endsWith(`.${runtime}.v8cache`));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] && path.join(dist, found[0]);
};

describe("the built server's code cache", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    ensureServerBuild();
    database = await freshDatabase("code-cache");
    env = {
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString("base64url"),
      DATA_KEY: randomBytes(32).toString("base64"),
      WEB_ORIGIN: "https://app.example.com",
    };
  }, 180_000);
  afterAll(async () => {
    const file = cacheFile();
    if (file) rmSync(file);
    await database?.drop();
  });

  /** Start, answer a GraphQL request, stop gracefully. */
  async function runOnce() {
    const api = await startApiProcess(env, { built: true, nodeArgs });
    const { data } = await new GqlClient(api.url).gql("{ __typename }");
    expect(data).toEqual({ __typename: "Query" });
    expect(await api.stop()).toBe(0);
  }

  it("is written when a start without one ends, and taken as it is by the next start", async () => {
    const stale = cacheFile();
    if (stale) rmSync(stale);
    await runOnce();
    const written = cacheFile();
    expect(written).toBeDefined();
    const bytes = readFileSync(written!);
    expect(bytes.length).toBeGreaterThan(100_000);
    await runOnce();
    expect(readFileSync(written!).equals(bytes)).toBe(true); // taken, so not written again
  });

  it("is replaced when V8 refuses it, and the server runs all the same", async () => {
    const file = cacheFile() ?? (await runOnce(), cacheFile()!);
    const garbage = randomBytes(4096);
    writeFileSync(file, garbage);
    await runOnce();
    const replaced = readFileSync(file);
    expect(replaced.equals(garbage)).toBe(false);
    expect(replaced.length).toBeGreaterThan(100_000);
  });

  it("is not written by a start that fails", async () => {
    const file = cacheFile();
    if (file) rmSync(file);
    const child = spawn(process.execPath, [...nodeArgs, serverEntry], { env: { ...process.env, ...env, JWT_SECRET: "too-short" }, stdio: "ignore" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(cacheFile()).toBeUndefined();
    expect(existsSync(dist)).toBe(true);
  });
});
