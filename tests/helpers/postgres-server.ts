// A throwaway PostgreSQL server (Debian's package) in a temp folder: for `pnpm test:postgres`,
// the cross-instance tests, the bench and the load test. initdb refuses root, so as root the
// server runs as the `postgres` user. Tuned for tests: no fsync (a crash of the machine is not
// a case these runs care about), a private socket folder, loopback only.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface PostgresServer {
  port: number;
  /** a connection URL to one database of the server */
  url(database?: string): string;
  /** run SQL on the `postgres` database as the superuser */
  sql(statement: string): void;
  /** stop the server, keeping its data (as an outage would) */
  halt(): void;
  /** start it again on the same port and data */
  resume(): void;
  stop(): void;
}

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  if (!versions.length) throw new Error("PostgreSQL is not installed: apt-get install postgresql (see .ci/run)");
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "authkit-pg-"));
  if (root) {
    const { uid, gid } = userIds("postgres");
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [command, argv] = root ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    return execFileSync(command, argv, { cwd: dir, stdio: "pipe" }).toString();
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300"];
  const start = () => void run("pg_ctl", ["-D", data, "-o", options.join(" "), "-l", path.join(dir, "log"), "-w", "start"]);
  start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  return {
    port,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    sql: (statement) => void run("psql", ["-h", dir, "-p", String(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qc", statement]),
    halt: () => void run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    resume: start,
    stop,
  };
}

function userIds(name: string): { uid: number; gid: number } {
  const result = spawnSync("id", ["-u", name]);
  const gid = spawnSync("id", ["-g", name]);
  return { uid: Number(result.stdout.toString()), gid: Number(gid.stdout.toString()) };
}
