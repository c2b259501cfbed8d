// `pnpm bench`: issue #7's scenarios, each against a fresh server in its own child process,
// load from this process with autocannon, peak RSS from /proc. Options: --seconds N (per
// scenario, default 10), --starts N (cold starts of each server, default 5), --only a,b (a subset,
// cold_start among them, for profiling: printed, bench/results.json left as it was).
// BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/.tmp/prof" profiles the API (with BENCH_ALL_NODE_ARGS=1, the baselines too).
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { peakRssMb } from "./rss.ts";
import { cpuSeconds } from "./cpu.ts";
import { prepareDatabase, tmpDir } from "./prepare-db.ts";
import { startSmtpSink } from "./smtp-sink.ts";
import { apiEnv, startServer } from "./server-process.ts";
import { runLoad, type LoadResult } from "./load.ts";
import { buildScenarios, probe, servers, type BenchFixture, type Scenario } from "./scenarios.ts";
import { buildResults, printResults, writeResults, type ColdStartResult, type ScenarioResult } from "./report.ts";
import { prepareBetterAuth } from "./prepare-better-auth.ts";
import { coldStart, median } from "./cold-start.ts";
import { preparePostgres } from "./postgres.ts";

// pnpm passes a literal "--" through: drop it
const argv = process.argv.slice(2).filter((a) => a !== "--");
const { values: args } = parseArgs({
  args: argv,
  options: { seconds: { type: "string", default: "10" }, warmup: { type: "string", default: "3" }, only: { type: "string" }, starts: { type: "string", default: "5" } },
});
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const started = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

const sink = await startSmtpSink();
const baseEnv = apiEnv(sink.url);

log("building the API (pnpm --filter ./server build): the bench runs it as production does");
if (!process.env.BENCH_NO_BUILD) execFileSync("pnpm", ["--filter", "./server", "build"], { stdio: ["ignore", "ignore", "inherit"] });
log("preparing bench/.tmp/bench.db: migrate, 100k users, an admin session");
const ours = await prepareDatabase({ users: 100_000, loginAccounts: 2000, env: baseEnv });
log("preparing bench/.tmp/better-auth.db: its migrations, 100k users, a session");
const betterAuth = await prepareBetterAuth({ users: 100_000, loginAccounts: 2000, password: ours.password, secret: randomBytes(32).toString("base64url") });
const onPostgres = !args.only || /_pg\b/.test(args.only);
if (onPostgres) log("preparing a throwaway PostgreSQL: its migrations, the same 100k users, an admin session");
const postgres = onPostgres ? await preparePostgres({ users: 100_000, loginAccounts: 2000, env: baseEnv }) : undefined;
const fixture: BenchFixture = { ...ours, betterAuth, postgres: postgres?.fixture };
const wanted = args.only?.split(",");
const scenarios = buildScenarios(fixture).filter((s) => !wanted || wanted.includes(s.name));
const measureColdStart = !wanted || wanted.includes("cold_start");
// for the background loads' processes: a file, as the fixture (thousands of accounts on each
// side) is past what one environment variable may hold (E2BIG)
const fixtureFile = path.join(tmpDir, "fixture.json");
writeFileSync(fixtureFile, JSON.stringify(fixture));

/** A scenario's background load, run by bench/background-load.ts in its own process; resolves `started` once it runs. */
function backgroundLoad(name: string, url: string, seconds: number) {
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const done = new Promise<LoadResult>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "bench/background-load.ts", name, url, String(seconds)],
      { env: { ...process.env, BENCH_FIXTURE: fixtureFile } },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as LoadResult)),
    );
    child.stderr?.on("data", (chunk: Buffer) => chunk.toString().includes("started") && started());
  });
  return { ready: Promise.race([ready, done.then(() => undefined)]), done };
}

async function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  const nodeArgs = scenario.server === "api" || process.env.BENCH_ALL_NODE_ARGS ? (process.env.BENCH_API_NODE_ARGS?.split(" ").filter(Boolean) ?? []) : [];
  const server = await startServer(servers[scenario.server], { ...fixture.env, BENCH_PASSWORD_HASH: fixture.passwordHash, ...scenario.env }, nodeArgs);
  try {
    const body = await probe(server.url, scenario.load);
    if (!scenario.expect(body)) throw new Error(`${scenario.name}: unexpected answer ${JSON.stringify(body).slice(0, 300)}`);
    const run = async (s: number) => {
      const background = scenario.background ? backgroundLoad(scenario.name, server.url, s + 1) : undefined;
      if (background) {
        await background.ready;
        await new Promise((resolve) => setTimeout(resolve, 500)); // let the background load ramp up
      }
      const result = await runLoad({ ...scenario.load, url: server.url, seconds: s });
      return { result, background: await background?.done };
    };
    if (warmup > 0) await run(warmup);
    const cpuBefore = cpuSeconds(server.pid);
    const { result, background } = await run(seconds);
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    const rss = peakRssMb(server.pid);
    perCpuSecond[scenario.name] = result.requests / cpu;
    if (result.failures) console.warn(`  ${scenario.name}: ${result.failures} failed requests`);
    if (background) log(`  background load: ${background.rps.toFixed(0)} req/s, ${background.failures} failed`);
    return { rps: result.rps, p50_ms: result.p50_ms, p99_ms: result.p99_ms, rss_mb: rss };
  } finally {
    await server.stop();
  }
}

/** `node server/dist/server.js` and a bare Fastify server, in turns, to their first 200 on /health. */
async function measureColdStarts(runs: number): Promise<ColdStartResult> {
  const api: Awaited<ReturnType<typeof coldStart>>[] = [];
  const fastify: number[] = [];
  for (let i = 0; i < runs; i++) {
    api.push(await coldStart(servers.api, fixture.env));
    fastify.push((await coldStart("bench/servers/fastify-health.mjs", {})).ms);
  }
  return { api_ms: median(api.map((r) => r.ms)), fastify_ms: median(fastify), api_idle_rss_mb: median(api.map((r) => r.idleRssMb)) };
}

const measured: Record<string, ScenarioResult> = {};
let coldStarts: ColdStartResult | undefined;
/** requests per CPU-second of the server: not in results.json (its shape is fixed), printed as a cross-check */
const perCpuSecond: Record<string, number> = {};
try {
  if (measureColdStart) {
    log(`cold start: node ${servers.api} and a bare Fastify server, ${args.starts} each, in turns`);
    coldStarts = await measureColdStarts(Number(args.starts));
    log(`  API ${coldStarts.api_ms.toFixed(0)} ms (idle RSS ${coldStarts.api_idle_rss_mb.toFixed(1)} MB), bare Fastify ${coldStarts.fastify_ms.toFixed(0)} ms (medians)`);
  }
  for (const scenario of scenarios) {
    log(`${scenario.name} (${scenario.server}, ${warmup} s warm-up + ${seconds} s)`);
    measured[scenario.name] = await runScenario(scenario);
    const m = measured[scenario.name];
    log(
      `  ${m.rps.toFixed(0)} req/s (${perCpuSecond[scenario.name].toFixed(0)} per CPU-second), p50 ${m.p50_ms.toFixed(2)} ms, p99 ${m.p99_ms.toFixed(2)} ms, peak RSS ${m.rss_mb.toFixed(1)} MB`,
    );
  }
} finally {
  await sink.stop();
  postgres?.server.stop();
}
const results = buildResults(measured, coldStarts);
printResults(results, perCpuSecond);
if (wanted) console.log("\n--only: bench/results.json not written (it holds full runs only)");
else writeResults(results);
log("done");
