// `pnpm loadtest --overload`: what the machine can hash, and the run judged against the issue's
// targets (accepted sign-ins and sign-ups p99 < 2 s, me p99 < 100 ms, shed answers within 50 ms).
import { hashPassword } from "../../server/src/lib/password.ts";
import { percentile, type Metrics } from "./metrics.ts";
import { shedOp } from "./virtual-client.ts";

/** Hashes per second at `concurrency` at once, as the API hashes (argon2id, the same parameters). */
export async function measureHashRate(concurrency: number, hashes = 8 * concurrency): Promise<number> {
  await hashPassword("warm-up"); // the first call loads and initialises argon2
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < hashes) await hashPassword(`password ${next}`);
    }),
  );
  return hashes / ((performance.now() - started) / 1000);
}

// the operations that hash a password: each attempt, accepted or shed, asks for one hash
const HASHING = ["register", "login", "login(admin)"];

export function overloadSummary(metrics: Metrics, seconds: number, hashRate: number): string {
  const list = (op: string) => [...(metrics.latencies.get(op) ?? [])].sort((a, b) => a - b);
  const p99 = (op: string) => percentile(list(op), 99);
  const offered = HASHING.reduce((n, op) => n + list(op).length + list(shedOp(op)).length, 0) / seconds;
  const shed = [...metrics.latencies].filter(([op]) => op.endsWith(" (shed)")).flatMap(([, ms]) => ms);
  const sortedShed = shed.sort((a, b) => a - b);
  const within50 = sortedShed.filter((ms) => ms <= 50).length;
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "-");
  const accepted = HASHING.slice(0, 2).map((op) => `${op} p99 ${ms(p99(op))} (${list(op).length} accepted, ${list(shedOp(op)).length} shed)`);
  return [
    "",
    `== overload: hashing offered ${offered.toFixed(1)}/s (accepted and shed attempts) = ${(offered / hashRate).toFixed(1)}× the ${hashRate.toFixed(1)}/s this machine hashes`,
    `  accepted ${accepted.join(", ")}: target < 2000 ms, ${mark(HASHING.slice(0, 2).every((op) => !(p99(op) >= 2000)))}`,
    `  me p99 ${ms(p99("me"))}: target < 100 ms, ${mark(p99("me") < 100)}`,
    `  shed answers: ${shed.length}, p50 ${ms(percentile(sortedShed, 50))}, p99 ${ms(percentile(sortedShed, 99))}, max ${ms(sortedShed.at(-1) ?? NaN)}; ${within50} of ${shed.length} within 50 ms: target all, ${mark(within50 === shed.length)}`,
  ].join("\n");
}
