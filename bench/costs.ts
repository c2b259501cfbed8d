// `pnpm bench:costs`: what one `me`, `login`, `refreshToken` and `register` costs the built API,
// measured, for the capacity model in the README. The API runs in a child process on the bench's
// scratch database (100k users); N operations go through it a few at a time, and around them we
// read the CPU time of each of its threads from /proc (the main thread is the event loop;
// libuv's pool threads hash, told apart by the nice value 19 the API gives them; the rest is
// V8's GC and compiler threads) and, in a second run with
// bench/sqlite-probe.mjs preloaded, the SQLite statements, commits and rows changed.
// Options: --n-me 3000 --n-hash 80 (login, refreshToken and register run n-hash each).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { prepareDatabase, tmpDir, type Fixture } from "./prepare-db.ts";
import { apiEnv, BUILT_API, startServer, type ServerProcess } from "./server-process.ts";
import { startSmtpSink } from "./smtp-sink.ts";
import { table } from "./report.ts";
import { ME } from "./scenarios.ts";

const argv = process.argv.slice(2).filter((a) => a !== "--");
const { values: args } = parseArgs({
  args: argv,
  options: { "n-me": { type: "string", default: "3000" }, "n-hash": { type: "string", default: "80" }, "no-build": { type: "boolean" } },
});
const nMe = Number(args["n-me"]);
const nHash = Number(args["n-hash"]);

const LOGIN = "mutation ($identifier: String!, $password: String!) { login(identifier: $identifier, password: $password) { accessToken refreshToken } }";
const REFRESH = "mutation ($token: String) { refreshToken(token: $token) { accessToken refreshToken } }";
const REGISTER = "mutation ($input: RegisterInput!) { register(input: $input) { otpExpiresAt } }";

/** CPU milliseconds so far of each thread of `pid`, grouped: the event loop, libuv's pool, the rest. */
function threadCpuMs(pid: number): { loop: number; pool: number; other: number } {
  const out = { loop: 0, pool: 0, other: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ ticks
      const nice = Number(fields[16]);
      out[tid === String(pid) ? "loop" : nice === 19 ? "pool" : "other"] += ms;
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  return out;
}

interface Counts {
  read: number;
  write: number;
  transaction: number;
  other: number;
  commits: number;
  rowsChanged: number;
}

async function probeCounts(server: ServerProcess, file: string): Promise<Counts> {
  rmSync(file, { force: true });
  process.kill(server.pid, "SIGUSR2");
  for (let i = 0; i < 200; i++) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Counts;
    } catch {
      await sleep(10);
    }
  }
  throw new Error("the SQLite probe did not answer");
}

let ip = 0;
const nextIp = () => (++ip, `10.77.${(ip >> 8) & 255}.${ip & 255}`);

async function gql(url: string, query: string, variables: object | undefined, headers: Record<string, string> = {}) {
  const response = await fetch(url + "/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": nextIp(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

/** Run `n` operations, `concurrency` at a time. */
async function times(n: number, concurrency: number, op: (i: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await op(next++);
    }),
  );
}

type Op = { name: string; n: number; concurrency: number; before?: () => Promise<void>; run: (i: number) => Promise<unknown> };

function operations(url: string, f: Fixture): Op[] {
  const run = Date.now().toString(36);
  let refreshTokens: string[] = [];
  return [
    { name: "me", n: nMe, concurrency: 4, run: () => gql(url, ME, undefined, { cookie: f.cookie }) },
    {
      name: "login",
      n: nHash,
      concurrency: 4,
      run: async (i) => gql(url, LOGIN, { identifier: f.loginIdentifiers[i % f.loginIdentifiers.length], password: f.password }),
    },
    {
      name: "refreshToken",
      n: nHash,
      concurrency: 4,
      // sessions to refresh, made before the clock starts
      before: async () => {
        refreshTokens = [];
        await times(nHash, 4, async (i) => {
          const data = await gql(url, LOGIN, { identifier: f.loginIdentifiers[(i + 1000) % f.loginIdentifiers.length], password: f.password });
          refreshTokens[i] = data.login.refreshToken;
        });
      },
      run: (i) => gql(url, REFRESH, { token: refreshTokens[i] }),
    },
    {
      name: "register",
      n: nHash,
      concurrency: 4,
      run: (i) => gql(url, REGISTER, { input: { username: `cost${run}${i}`, email: `cost${run}${i}@bench.test`, password: `a long and rare passphrase ${i}` } }),
    },
  ];
}

export interface OperationCost {
  n: number;
  loop_ms: number;
  pool_ms: number;
  other_ms: number;
  statements: { read: number; write: number; transaction: number };
  commits: number;
  rows_changed: number;
}

async function measure(f: Fixture, probe: boolean): Promise<Record<string, Partial<OperationCost>>> {
  const probeFile = path.join(tmpDir, "sqlite-probe.json");
  const server = await startServer(BUILT_API, { ...f.env, SQLITE_PROBE_OUT: probeFile }, probe ? ["--import", "./bench/sqlite-probe.mjs"] : []);
  const out: Record<string, Partial<OperationCost>> = {};
  try {
    for (const op of operations(server.url, f)) {
      if (op.name === "me") await times(1000, 4, op.run); // past the JIT's warm-up
      await op.before?.();
      await sleep(300); // let background work (mail) settle
      const cpu0 = threadCpuMs(server.pid);
      const db0 = probe ? await probeCounts(server, probeFile) : undefined;
      await times(op.n, op.concurrency, op.run);
      await sleep(300); // mails queued by the operations are sent in the background: count them in
      const cpu1 = threadCpuMs(server.pid);
      const per = (a: number, b: number) => Number(((b - a) / op.n).toFixed(3));
      out[op.name] = probe ? {} : { n: op.n, loop_ms: per(cpu0.loop, cpu1.loop), pool_ms: per(cpu0.pool, cpu1.pool), other_ms: per(cpu0.other, cpu1.other) };
      if (probe) {
        const db1 = await probeCounts(server, probeFile);
        out[op.name] = {
          statements: { read: per(db0!.read, db1.read), write: per(db0!.write, db1.write), transaction: per(db0!.transaction, db1.transaction) },
          commits: per(db0!.commits, db1.commits),
          rows_changed: per(db0!.rowsChanged, db1.rowsChanged),
        };
      }
    }
  } finally {
    await server.stop();
  }
  return out;
}

if (!args["no-build"]) execFileSync("pnpm", ["--filter", "./server", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const sink = await startSmtpSink();
try {
  const env = apiEnv(sink.url);

  const fixture = await prepareDatabase({ users: 100_000, loginAccounts: 2000, env });
  const cpu = await measure(fixture, false);
  const db = await measure(await prepareDatabase({ users: 100_000, loginAccounts: 2000, env }), true);
  const costs = Object.fromEntries(Object.keys(cpu).map((name) => [name, { ...cpu[name], ...db[name] } as OperationCost]));
  console.log(
    "\n" +
      table(
        ["operation", "n", "event loop ms", "hashing pool ms", "GC/JIT threads ms", "statements read / write / tx", "commits", "rows changed"],
        Object.entries(costs).map(([name, c]) => [
          name,
          String(c.n),
          c.loop_ms.toFixed(2),
          c.pool_ms.toFixed(2),
          c.other_ms.toFixed(2),
          `${c.statements.read} / ${c.statements.write} / ${c.statements.transaction}`,
          String(c.commits),
          String(c.rows_changed),
        ]),
      ),
  );
  console.log(`\nload average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
} finally {
  await sink.stop();
}
