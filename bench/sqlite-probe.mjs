// Preloaded into the API by bench/costs.ts (node --import): counts the SQLite statements every
// connection runs (by kind), the transactions committed and the rows changed (total_changes(),
// which counts trigger writes too), and writes the counts to SQLITE_PROBE_OUT on SIGUSR2.
// better-sqlite3 resolves to the one copy the API and Prisma's adapter load (pnpm's store path).
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";

const counts = { read: 0, write: 0, transaction: 0, other: 0, commits: 0 };
const connections = new Set();
const kind = (sql) => {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (word === "SELECT" || word === "WITH" || word === "PRAGMA") return "read";
  if (word === "INSERT" || word === "UPDATE" || word === "DELETE" || word === "REPLACE") return "write";
  if (word === "BEGIN" || word === "COMMIT" || word === "END" || word === "ROLLBACK" || word === "SAVEPOINT" || word === "RELEASE") return "transaction";
  return "other";
};

const scratch = new Database(":memory:");
const Statement = Object.getPrototypeOf(scratch.prepare("SELECT 1"));
scratch.close();
const originalGet = Statement.get;
for (const method of ["run", "get", "all", "iterate"]) {
  const original = Statement[method];
  Statement[method] = function (...args) {
    const k = kind(this.source);
    counts[k] += 1;
    const autocommit = !this.database.inTransaction;
    const result = original.apply(this, args);
    if ((k === "write" && autocommit) || /^\s*(COMMIT|END)\b/i.test(this.source)) counts.commits += 1;
    return result;
  };
}
const { prepare, exec } = Database.prototype;
Database.prototype.prepare = function (...args) {
  connections.add(this);
  return prepare.apply(this, args);
};
Database.prototype.exec = function (sql) {
  connections.add(this);
  counts[kind(sql)] += 1;
  if (/^\s*(COMMIT|END)\b/i.test(sql)) counts.commits += 1;
  return exec.call(this, sql);
};
// transaction() needs no counting of its own: it runs its BEGIN and COMMIT as prepared
// statements, which the methods above count (counting both doubled every commit)

process.on("SIGUSR2", () => {
  let rowsChanged = 0;
  for (const db of connections) if (db.open && !db.readonly) rowsChanged += Number(originalGet.call(prepare.call(db, "SELECT total_changes()").pluck()));
  writeFileSync(process.env.SQLITE_PROBE_OUT, JSON.stringify({ ...counts, rowsChanged }));
});
