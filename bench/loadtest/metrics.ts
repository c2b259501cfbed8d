// Latencies per operation and errors by kind, with each error judged expected or not.

export interface ErrorRow {
  op: string;
  kind: string;
  count: number;
  expected: boolean;
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

export class Metrics {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, ErrorRow>();
  requests = 0;

  /** One HTTP exchange that got an answer (success or GraphQL error). */
  answered(op: string, ms: number): void {
    this.requests += 1;
    let list = this.latencies.get(op);
    if (!list) this.latencies.set(op, (list = []));
    list.push(ms);
  }

  error(op: string, kind: string, expected: boolean): void {
    const key = `${op}|${kind}|${expected}`;
    const row = this.errors.get(key) ?? { op, kind, count: 0, expected };
    row.count += 1;
    this.errors.set(key, row);
  }

  unexpectedCount(): number {
    return [...this.errors.values()].filter((r) => !r.expected).reduce((n, r) => n + r.count, 0);
  }

  /** A printable summary: throughput, latency per operation, errors by kind. */
  report(seconds: number): string {
    const lines = [`requests answered: ${this.requests} in ${seconds.toFixed(1)} s = ${(this.requests / seconds).toFixed(1)} req/s`, ""];
    const errorsOf = (op: string) => [...this.errors.values()].filter((r) => r.op === op).reduce((n, r) => n + r.count, 0);
    lines.push(pad(["operation", "answered", "errors", "p50 ms", "p99 ms", "max ms"]));
    for (const [op, list] of [...this.latencies].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      lines.push(pad([op, String(list.length), String(errorsOf(op)), fmt(percentile(sorted, 50)), fmt(percentile(sorted, 99)), fmt(sorted.at(-1)!)]));
    }
    lines.push("", "errors by kind:");
    const rows = [...this.errors.values()].sort((a, b) => b.count - a.count);
    if (!rows.length) lines.push("  none");
    for (const r of rows) lines.push(`  ${r.expected ? "expected  " : "UNEXPECTED"} ${r.kind.padEnd(28)} ${r.op.padEnd(16)} ${r.count}`);
    return lines.join("\n");
  }
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 1 : 0) : "-");
const pad = (cells: string[]) => "  " + cells.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(9))).join(" ");
