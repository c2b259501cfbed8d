// `--db postgres` and `--instances N`: where the load test's data lives, and N API processes on
// it that behave as one ApiProcess to run.ts (start, kill9, stop). Each instance has its own
// port and log and the same environment (DATA_KEY, JWT_SECRET, UPLOAD_DIR, DATABASE_URL), as
// README's "Deployment: PostgreSQL and many instances" asks. Clients are spread round robin; a
// client whose instance stops answering moves to the next, as a load balancer would send it.
import path from "node:path";
import { startPostgres } from "../../tests/helpers/postgres-server.ts";
import { ApiProcess, freePort } from "./api-process.ts";
import { sqliteAuditSource, type AuditSource } from "./audit.ts";
import { postgresAuditSource } from "./audit-postgres.ts";

export type StoreKind = "sqlite" | "postgres";

export interface LoadStore {
  kind: StoreKind;
  /** DATABASE_URL for the API and the migrations */
  url: string;
  /** what createDb takes: the file's path, or the URL */
  database: string;
  describe: string;
  audit(): Promise<AuditSource>;
  stop(): void;
}

export async function prepareStore(kind: StoreKind, workDir: string): Promise<LoadStore> {
  if (kind === "sqlite") {
    const file = path.join(workDir, "loadtest.db");
    return { kind, url: `file:${file}`, database: file, describe: file, audit: async () => sqliteAuditSource(file), stop() {} };
  }
  // a throwaway server (no fsync: the load test kills API processes, not the machine)
  const server = await startPostgres();
  server.sql("CREATE DATABASE loadtest");
  const url = server.url("loadtest");
  return { kind, url, database: url, describe: `PostgreSQL ${url}`, audit: () => postgresAuditSource(url), stop: () => server.stop() };
}

export class Instances {
  readonly apis: ApiProcess[] = [];
  private down?: ApiProcess;
  /** which instance the last kill9 hit (1-based), for the report */
  killed = 0;

  private constructor() {}

  static async create(count: number, repoRoot: string, env: Record<string, string>, workDir: string): Promise<Instances> {
    const set = new Instances();
    for (let i = 1; i <= count; i++) {
      const port = await freePort();
      const log = path.join(workDir, count === 1 ? "api.log" : `api-${i}.log`);
      set.apis.push(new ApiProcess(repoRoot, port, { ...env, PORT: String(port) }, log));
    }
    return set;
  }

  get url(): string {
    return this.apis.map((api) => api.url).join(", ");
  }

  /** the instance client `i` starts on (round robin) */
  urlFor(i: number): string {
    return this.apis[i % this.apis.length].url;
  }

  /** the next instance after `url`: where a client goes when its instance does not answer */
  readonly failover = (url: string): string => {
    const i = this.apis.findIndex((api) => api.url === url);
    return this.apis[(i + 1) % this.apis.length].url;
  };

  /** All instances at first (one after another: parallel starts on a busy machine only time out); after a kill9, the killed one. The slowest start's ms. */
  async start(): Promise<number> {
    if (this.down) {
      const api = this.down;
      this.down = undefined;
      return api.start();
    }
    let slowest = 0;
    for (const api of this.apis) slowest = Math.max(slowest, await api.start());
    return slowest;
  }

  /** kill -9 one instance, chosen at random */
  async kill9(): Promise<void> {
    const i = Math.floor(Math.random() * this.apis.length);
    this.killed = i + 1;
    this.down = this.apis[i];
    await this.down.kill9();
  }

  /** SIGTERM to all; 0 when every one exited 0, else the first other result */
  async stop(): Promise<number | string | null> {
    const results = await Promise.all(this.apis.map((api) => api.stop()));
    return results.find((r) => r !== 0) ?? 0;
  }

  /** the highest peak resident set of any instance's process, in MB */
  peakRssMb(): number {
    return Math.max(...this.apis.map((api) => api.peakRssMb));
  }

  killNow(): void {
    for (const api of this.apis) api.killNow();
  }

  async close(): Promise<void> {
    await Promise.all(this.apis.map((api) => api.close()));
  }
}
