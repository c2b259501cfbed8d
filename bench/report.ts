// The results: bench/results.json in the shape, a table, and each target met or missed.
import { writeFileSync } from "node:fs";
import path from "node:path";

export interface ScenarioResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  rss_mb: number;
}

/** Medians of the cold starts (bench/cold-start.ts). */
export interface ColdStartResult {
  api_ms: number;
  fastify_ms: number;
  api_idle_rss_mb: number;
}

export type Results = {
  scenarios: Record<string, ScenarioResult>;
  /** spawn to the first 200 on /health, median of the runs */
  cold_start_ms: { api: number; fastify: number };
  /** the API's resident set one second after it first answered */
  idle_rss_mb: { api: number };
  ratios: {
    me_vs_fastify: number;
    me_vs_apollo: number;
    me_vs_yoga: number;
    login_vs_argon2: number;
    me_vs_better_auth: number;
    /** (our login rate ÷ our raw argon2 rate) ÷ (Better Auth's sign-in rate ÷ its raw scrypt rate) */
    login_vs_better_auth_per_hash: number;
    cold_start_vs_fastify: number;
    /** the same API on PostgreSQL ÷ on SQLite (me_graphql_pg / me_graphql, login_pg / login) */
    me_pg_vs_sqlite: number;
    login_pg_vs_sqlite: number;
  };
};

const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export function buildResults(scenarios: Record<string, ScenarioResult>, cold?: ColdStartResult): Results {
  // a scenario that answered nothing has no rate: its ratios are NaN (a miss), not 0 or Infinity
  const rps = (name: string) => scenarios[name]?.rps || Number.NaN;
  return {
    scenarios: Object.fromEntries(
      Object.entries(scenarios).map(([name, s]) => [name, { rps: round(s.rps, 0), p50_ms: round(s.p50_ms), p99_ms: round(s.p99_ms), rss_mb: round(s.rss_mb, 1) }]),
    ),
    cold_start_ms: { api: round(cold?.api_ms ?? NaN, 0), fastify: round(cold?.fastify_ms ?? NaN, 0) },
    idle_rss_mb: { api: round(cold?.api_idle_rss_mb ?? NaN, 1) },
    ratios: {
      me_vs_fastify: round(rps("me_graphql") / rps("me_fastify")),
      me_vs_apollo: round(rps("me_graphql") / rps("me_apollo")),
      me_vs_yoga: round(rps("me_graphql") / rps("me_yoga")),
      login_vs_argon2: round(rps("login") / rps("argon2_verify")),
      me_vs_better_auth: round(rps("me_graphql") / rps("ba_get_session")),
      login_vs_better_auth_per_hash: round(rps("login") / rps("argon2_verify") / (rps("ba_sign_in") / rps("scrypt_verify"))),
      cold_start_vs_fastify: round((cold?.api_ms ?? NaN) / (cold?.fastify_ms ?? NaN)),
      me_pg_vs_sqlite: round(rps("me_graphql_pg") / rps("me_graphql")),
      login_pg_vs_sqlite: round(rps("login_pg") / rps("login")),
    },
  };
}

export function targets(r: Results): Array<{ target: string; value: string; met: boolean }> {
  const s = (name: string) => r.scenarios[name] ?? { rps: NaN, p50_ms: NaN, p99_ms: NaN, rss_mb: NaN };
  return [
    { target: "me_vs_fastify ≥ 0.8", value: String(r.ratios.me_vs_fastify), met: r.ratios.me_vs_fastify >= 0.8 },
    { target: "me_vs_apollo ≥ 2", value: String(r.ratios.me_vs_apollo), met: r.ratios.me_vs_apollo >= 2 },
    { target: "me_vs_yoga ≥ 1.5", value: String(r.ratios.me_vs_yoga), met: r.ratios.me_vs_yoga >= 1.5 },
    { target: "login_vs_argon2 ≥ 0.9", value: String(r.ratios.login_vs_argon2), met: r.ratios.login_vs_argon2 >= 0.9 },
    { target: "me_vs_better_auth ≥ 5", value: String(r.ratios.me_vs_better_auth), met: r.ratios.me_vs_better_auth >= 5 },
    { target: "login_vs_better_auth_per_hash ≥ 1.0", value: String(r.ratios.login_vs_better_auth_per_hash), met: r.ratios.login_vs_better_auth_per_hash >= 1 },
    { target: "cold_start_ms < 400", value: `${r.cold_start_ms.api} ms`, met: r.cold_start_ms.api < 400 },
    { target: "cold_start_vs_fastify ≤ 2", value: String(r.ratios.cold_start_vs_fastify), met: r.ratios.cold_start_vs_fastify <= 2 },
    { target: "me_pg_vs_sqlite ≥ 0.5", value: String(r.ratios.me_pg_vs_sqlite), met: r.ratios.me_pg_vs_sqlite >= 0.5 },
    // asymmetric signatures must not cost `me` more than 10 %: the verified-token cache saves the verify
    {
      target: "me ES256 vs HS256 within 10 %",
      value: round(s("me_graphql").rps / s("me_graphql_hs256").rps).toFixed(2),
      met: Math.abs(s("me_graphql").rps / s("me_graphql_hs256").rps - 1) <= 0.1,
    },
    { target: "me p99 < 5 ms while logins run", value: `${s("me_during_login").p99_ms} ms`, met: s("me_during_login").p99_ms < 5 },
    ...["users_first_page", "users_later_page", "users_search"].map((name) => ({ target: `${name} p50 < 10 ms`, value: `${s(name).p50_ms} ms`, met: s(name).p50_ms < 10 })),
    { target: "API peak RSS under me load < 150 MB", value: `${s("me_graphql").rss_mb} MB`, met: s("me_graphql").rss_mb < 150 },
  ];
}

const pad = (cells: string[], widths: number[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";

/** A Markdown table (it goes into the README as is). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [pad(header, widths), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.map((r) => pad(r, widths))].join("\n");
}

export function printResults(r: Results, perCpuSecond: Record<string, number> = {}): void {
  const cpu = (name: string) => (Number.isFinite(perCpuSecond[name]) ? perCpuSecond[name].toFixed(0) : "-");
  const rows = Object.entries(r.scenarios).map(([name, s]) => [name, String(s.rps), String(s.p50_ms), String(s.p99_ms), String(s.rss_mb), cpu(name)]);
  console.log("\n" + table(["scenario", "req/s", "p50 ms", "p99 ms", "peak RSS MB", "req per CPU-s"], rows));
  const ratio = (a: string, b: string) => (perCpuSecond[a] / perCpuSecond[b]).toFixed(2);
  console.log(
    `\nper CPU-second (a cross-check when the machine is shared): me/fastify ${ratio("me_graphql", "me_fastify")}, ` +
      `me/apollo ${ratio("me_graphql", "me_apollo")}, me/yoga ${ratio("me_graphql", "me_yoga")}, me ES256/HS256 ${ratio("me_graphql", "me_graphql_hs256")}, login/argon2 ${ratio("login", "argon2_verify")}, ` +
      `me/Better Auth ${ratio("me_graphql", "ba_get_session")}, Better Auth sign-in/scrypt ${ratio("ba_sign_in", "scrypt_verify")}, ` +
      `me PostgreSQL/SQLite ${ratio("me_graphql_pg", "me_graphql")}, login PostgreSQL/SQLite ${ratio("login_pg", "login")}`,
  );
  console.log(`\ncold start (median): API ${r.cold_start_ms.api} ms, bare Fastify ${r.cold_start_ms.fastify} ms; API idle RSS ${r.idle_rss_mb.api} MB`);
  console.log(
    "\n" +
      table(
        ["target", "value", "met"],
        targets(r).map((t) => [t.target, t.value, t.met ? "yes" : "NO"]),
      ),
  );
}

export function writeResults(r: Results, file = path.resolve(import.meta.dirname, "results.json")): void {
  writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
}
