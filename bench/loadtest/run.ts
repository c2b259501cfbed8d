// `pnpm loadtest [--clients N] [--seconds S]` and `pnpm loadtest:crash` (adds --crash): the API
// in a child process on a scratch copy of the database, a real SMTP catcher here, N virtual
// clients for S seconds, then an audit of the data. Exit status 1 on any unexpected error or
// audit failure. `--db postgres` runs on a throwaway PostgreSQL, `--instances N` (PostgreSQL
// only) starts N API processes on it, clients spread across them (instances.ts). `--overload`
// offers sign-ins at several times what the API can hash (overload.ts).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { createDb } from "../../server/src/db/client.ts";
import { createStore } from "../../server/src/db/store.ts";
import { seedSuperAdmin } from "../../server/src/admin/seed-super-admin.ts";
import { startMailCatcher } from "../../tests/helpers/mail-catcher.ts";
import { auditData, formatAudit } from "./audit.ts";
import { Instances, prepareStore, type StoreKind } from "./instances.ts";
import { auditOtpMails, awaitOtpMails } from "./otp-mails.ts";
import { Ledger } from "./ledger.ts";
import { Metrics } from "./metrics.ts";
import { VirtualClient, type Target } from "./virtual-client.ts";
import { NORMAL_WEIGHTS, runAdminClient, runUserClient, type UserOp, type WorkloadContext } from "./workload.ts";
import { measureHashRate, overloadSummary } from "./overload.ts";
import { parseRateLimits } from "../../server/src/security/rate-limits.ts";
import { defaultHashConcurrency } from "../../server/src/lib/hash-queue.ts";

const { values } = parseArgs({
  // `pnpm loadtest -- --seconds 5` passes the "--" through
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    clients: { type: "string" }, // 200, or 350 under --overload
    seconds: { type: "string", default: "60" },
    "think-ms": { type: "string" }, // 500, or 250 under --overload
    crash: { type: "boolean", default: false },
    db: { type: "string", default: "sqlite" },
    instances: { type: "string", default: "1" },
    overload: { type: "boolean", default: false },
  },
});
const clientCount = Number(values.clients ?? (values.overload ? 350 : 200));
const seconds = Number(values.seconds);
if (!Number.isInteger(clientCount) || clientCount < 2 || !(seconds > 0)) throw new Error("--clients wants a whole number ≥ 2 and --seconds a positive number");
const crash = values.crash!;
// the overload preset's clients and shorter pauses keep what it offers above twice this
// machine's hashing even when it hashes at its fastest (200 clients at 250 ms offered 2.2–2.9×
// the old argon2 binding's ~62/s, but 0.9× @node-rs/argon2's ~130/s)
const thinkMs = Number(values["think-ms"] ?? (values.overload ? 250 : 500));
const storeKind = values.db as StoreKind;
const instanceCount = Number(values.instances);
if (storeKind !== "sqlite" && storeKind !== "postgres") throw new Error("--db wants sqlite or postgres");
if (!Number.isInteger(instanceCount) || instanceCount < 1) throw new Error("--instances wants a whole number ≥ 1");
if (instanceCount > 1 && storeKind === "sqlite") throw new Error("--instances > 1 needs --db postgres (a SQLite file serves one API process)");
const overload = values.overload!;

// --overload: sign-ins and sign-ups make up ~two thirds of what users do, and the per-address and
// per-account limits are lifted (on the API and in the clients' budgets) so that nothing but
// the API's capacity stands between them and the hashing queue
const OVERLOAD_RATE_LIMITS = "login.ip=1000000/5m,login.account_ip=1000000/15m,login.account=1000000/1h,register.ip=1000000/1h,verify_otp.ip=1000000/10m";
const OVERLOAD_WEIGHTS: Record<UserOp, number> = { me: 25, updateProfile: 5, refresh: 5, login: 55, upload: 1, newAccount: 9 };
const rateLimits = overload ? OVERLOAD_RATE_LIMITS : undefined;

const repoRoot = path.resolve(import.meta.dirname, "../..");
const runTag = randomBytes(3)
  .readUIntBE(0, 3)
  .toString(36)
  .replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
const baseDir = path.join(repoRoot, "bench", ".tmp", "loadtest");
rmSync(baseDir, { recursive: true, force: true }); // only the last run is kept, for a look at its files
const mode = crash ? "crash" : overload ? "overload" : "load";
const workDir = path.join(baseDir, `${mode}-${runTag}`);
const uploadDir = path.join(workDir, "uploads");
mkdirSync(uploadDir, { recursive: true });

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(
  `loadtest --db ${storeKind} --instances ${instanceCount}${crash ? " --crash" : ""}${overload ? " --overload" : ""}: ${clientCount} clients for ${seconds} s, think time ${thinkMs} ms; ${os.cpus().length} cores, load average ${loadAverage()}`,
);
console.log(`files in ${path.relative(repoRoot, workDir)}`);
const store = await prepareStore(storeKind, workDir);
execFileSync(path.join(repoRoot, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  cwd: repoRoot,
  env: { ...process.env, DATABASE_URL: store.url },
  stdio: "pipe",
});

// the API as production runs it: the bundle `pnpm start` runs
execFileSync("pnpm", ["--filter", "./server", "build"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });

const admin = { email: "loadtest-admin@loadtest.example", password: randomBytes(15).toString("base64url"), username: "loadtestadmin" };
const seedDb = await createDb(store.database);
await seedSuperAdmin(createStore(seedDb), admin);
await seedDb.$disconnect();

const mail = await startMailCatcher();
const api = await Instances.create(
  instanceCount,
  repoRoot,
  {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    DATABASE_URL: store.url,
    JWT_SECRET: randomBytes(48).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("base64"),
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    UPLOAD_DIR: uploadDir,
    LOG_LEVEL: "warn",
    // a killed instance's leased mail is taken over this long after (the durable outbox)
    MAIL_LEASE: "10s",
    ...(rateLimits ? { RATE_LIMITS: rateLimits } : {}),
  },
  workDir,
);
process.on("exit", () => api.killNow());
process.on("SIGINT", () => process.exit(130));

// what this machine can hash, measured here before the load at the API's own concurrency:
// the ceiling the API's hashing cannot pass (it also has requests to serve)
const hashRate = overload ? await measureHashRate(defaultHashConcurrency()) : 0;
if (overload) console.log(`hashing capacity: ${hashRate.toFixed(1)} hashes/s (${defaultHashConcurrency()} at once)`);

const firstStartMs = await api.start();
console.log(`API up on ${api.url} in ${firstStartMs} ms (logs: ${path.relative(repoRoot, workDir)}/api*.log)`);

const avatars = await Promise.all(
  ["#c33", "#3c3", "#33c"].map((background) =>
    sharp({ create: { width: 32, height: 32, channels: 3, background } })
      .png()
      .toBuffer(),
  ),
);
const metrics = new Metrics();
const ledger = new Ledger();
const loadStartedAt = Date.now();
const endsAt = loadStartedAt + seconds * 1000;
const target: Target = { url: api.url, crash, giveUpAt: endsAt + 30_000, failover: instanceCount > 1 ? api.failover : undefined };
const ctx: WorkloadContext = {
  ledger,
  mail,
  runTag,
  endsAt,
  crash,
  kills: [],
  admin,
  avatars,
  thinkMs,
  rateLimits: parseRateLimits(rateLimits),
  weights: overload ? OVERLOAD_WEIGHTS : NORMAL_WEIGHTS,
};

const adminClients = Math.max(1, Math.round(clientCount / 20));
const clients = Array.from({ length: clientCount }, (_, i) => new VirtualClient(i + 1, { ...target, url: api.urlFor(i) }, metrics));
const progress = setInterval(() => {
  const t = ((Date.now() - loadStartedAt) / 1000).toFixed(0);
  console.log(`  t=${t}s requests=${metrics.requests} registrations=${ledger.registrations.length} refreshes=${ledger.refreshes} unexpected=${metrics.unexpectedCount()}`);
}, 10_000);

let crashReport = "";
const crashDone = crash
  ? (async () => {
      const at = seconds * 1000 * (0.4 + 0.2 * Math.random());
      await new Promise((resolve) => setTimeout(resolve, at));
      ctx.kills.push(Date.now());
      await api.kill9();
      const killedAt = ((Date.now() - loadStartedAt) / 1000).toFixed(1);
      const restartMs = await api.start();
      crashReport = `kill -9${instanceCount > 1 ? ` of instance ${api.killed} of ${instanceCount}` : ""} at t=${killedAt} s (${((at / 1000 / seconds) * 100).toFixed(0)}% through); restarted on the same database, /health ok after ${restartMs} ms`;
      console.log(`  ${crashReport}`);
    })()
  : Promise.resolve();

// clients join over the first tenth of the run (10 s at most), as users arrive, not all in one instant
const rampMs = Math.min(10_000, (seconds * 1000) / 10);
const runs = clients.map(async (client, i) => {
  await new Promise((resolve) => setTimeout(resolve, (i / clientCount) * rampMs));
  return i < adminClients ? runAdminClient(client, ctx) : runUserClient(client, ctx);
});
await Promise.all([...runs, crashDone]);
clearInterval(progress);
const loadSeconds = (Date.now() - loadStartedAt) / 1000;
const mailWaitMs = await awaitOtpMails(ledger, mail, 30_000);

const exit = await api.stop();
await mail.stop();
await api.close();

console.log(
  `\n== load (${clientCount} clients: ${adminClients} admin, ${clientCount - adminClients} users; ${seconds} s; think ${thinkMs} ms${crash ? "; crash" : ""}; load average now ${loadAverage()})`,
);
if (crashReport) console.log(crashReport);
console.log(metrics.report(loadSeconds));
if (overload) console.log(overloadSummary(metrics, loadSeconds, hashRate));
console.log(
  `\nacknowledged: ${ledger.registrations.length} registrations, ${ledger.verified.size} verifications, ${ledger.logins} logins, ` +
    `${ledger.refreshes} refreshes, ${ledger.profileUpdates} profile updates, ${ledger.avatars} avatar uploads, ${ledger.adminLists} admin lists; ` +
    `${mail.messages.length} mails caught (${(mailWaitMs / 1000).toFixed(1)} s waited after the load); API stopped with ${exit}`,
);
console.log(`API peak RSS: ${api.peakRssMb().toFixed(1)} MB (the highest of its processes; target < 200 MB)`);

const checks = [...(await auditData(await store.audit(), uploadDir, ledger)), auditOtpMails(ledger, mail.messages)];
store.stop();
console.log(`\n== audit of ${store.describe}\n${formatAudit(checks)}`);

const unexpected = metrics.unexpectedCount();
const failedChecks = checks.filter((c) => c.failures.length).length;
const stoppedCleanly = exit === 0;
if (!stoppedCleanly) console.log(`\nthe API did not stop cleanly on SIGTERM (${exit})`);
const ok = unexpected === 0 && failedChecks === 0 && stoppedCleanly;
console.log(`\n${ok ? "PASS" : "FAIL"}: ${unexpected} unexpected errors, ${failedChecks} failed audit checks`);
process.exit(ok ? 0 : 1);
