// The data audit, straight on the database once the API has stopped: everything the API
// acknowledged is there, sessions have one live token at most, files match rows, and the store
// itself finds its data sound. The checks' SQL runs on both stores (quoted names); the store's
// own checks come from its source (SQLite's below, PostgreSQL's in audit-postgres.ts).
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { hashToken } from "../../server/src/lib/crypto-tokens.ts";
import type { Ledger } from "./ledger.ts";

interface Statement {
  all(...params: unknown[]): any[];
  get(...params: unknown[]): any;
  run(...params: unknown[]): unknown;
}
interface Database {
  prepare(sql: string): Statement;
  pragma(sql: string): any[];
  close(): void;
}

// better-sqlite3 is the driver adapter's own dependency: load that very copy
const requireFromAdapter = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"));
const openDatabase = (file: string): Database => new (requireFromAdapter("better-sqlite3"))(file);

export interface AuditCheck {
  name: string;
  checked: number;
  failures: string[];
}

/** Where the audit reads: rows of a query, and the store's own soundness checks. */
export interface AuditSource {
  all(sql: string): Promise<any[]>;
  storeChecks(check: (name: string) => AuditCheck): Promise<void>;
  close(): Promise<void>;
}

export async function auditData(db: AuditSource, uploadDir: string, ledger: Ledger): Promise<AuditCheck[]> {
  try {
    const checks: AuditCheck[] = [];
    const check = (name: string) => {
      const c: AuditCheck = { name, checked: 0, failures: [] };
      checks.push(c);
      return c;
    };

    const users = new Map<string, { id: string; usernameKey: string; email: string; emailVerified: number; name: string | null; bio: string | null; avatarFile: string | null }>();
    for (const u of await db.all('SELECT "id", "usernameKey", "email", "emailVerified", "name", "bio", "avatarFile" FROM "User"')) users.set(u.id, u);

    const registered = check("every acknowledged registration exists");
    for (const r of ledger.registrations) {
      registered.checked += 1;
      const u = users.get(r.id);
      if (!u || u.usernameKey !== r.username.toLowerCase() || u.email !== r.email) registered.failures.push(`${r.username} <${r.email}> (${r.id})`);
    }

    const shed = check("no registration refused as SERVER_BUSY left an account");
    const emails = new Set([...users.values()].map((u) => u.email));
    for (const r of ledger.shedRegistrations) {
      shed.checked += 1;
      if (emails.has(r.email)) shed.failures.push(`${r.username} <${r.email}>`);
    }

    const verified = check("every acknowledged verifyOtp left the email verified");
    for (const id of ledger.verified) {
      verified.checked += 1;
      if (!users.get(id)?.emailVerified) verified.failures.push(id);
    }

    const successors = check("no session has two live refresh tokens");
    successors.checked = Number((await db.all('SELECT COUNT(*) AS n FROM "Session"'))[0].n);
    for (const row of await db.all('SELECT "sessionId", COUNT(*) AS n FROM "RefreshToken" WHERE "rotatedAt" IS NULL GROUP BY "sessionId" HAVING COUNT(*) > 1')) {
      successors.failures.push(`session ${row.sessionId}: ${row.n} live tokens`);
    }

    const tokens = new Map<string, { sessionId: string; rotatedAt: unknown; revokedAt: unknown; userId: string }>();
    for (const t of await db.all(
      'SELECT rt."tokenHash", rt."sessionId", rt."rotatedAt", s."revokedAt", s."userId" FROM "RefreshToken" rt JOIN "Session" s ON s."id" = rt."sessionId"',
    )) {
      tokens.set(t.tokenHash, t);
    }
    const acked = check("every acknowledged refresh token is stored, in its session");
    const live = check("the last acknowledged token of each session is still live (no lost rotation)");
    for (const chain of ledger.chains) {
      const rows = chain.tokens.map((token) => tokens.get(hashToken(token)));
      acked.checked += chain.tokens.length;
      rows.forEach((row, i) => {
        if (!row) acked.failures.push(`user ${chain.userId}: token #${i} of its chain is missing`);
        else if (row.userId !== chain.userId || row.sessionId !== rows[0]?.sessionId) acked.failures.push(`user ${chain.userId}: token #${i} is in another session`);
      });
      if (chain.uncertain) continue;
      live.checked += 1;
      const last = rows.at(-1);
      if (last && (last.rotatedAt !== null || last.revokedAt !== null)) {
        live.failures.push(`user ${chain.userId} session ${last.sessionId}: last token ${last.rotatedAt !== null ? "rotated" : "revoked"}`);
      }
    }

    const profiles = check("every user's name and bio are the last acknowledged ones");
    for (const [id, p] of ledger.profiles) {
      if (p.uncertain) continue;
      profiles.checked += 1;
      const u = users.get(id);
      if (u?.name !== p.name || u?.bio !== p.bio) profiles.failures.push(`user ${id}: ${JSON.stringify({ name: u?.name, bio: u?.bio })} vs ${JSON.stringify(p)}`);
    }

    const avatars = check("avatar files and User.avatarFile match (no orphan, no missing file)");
    const dir = path.join(uploadDir, "avatars");
    const files = new Set(existsSync(dir) ? readdirSync(dir) : []);
    const referenced = new Set([...users.values()].map((u) => u.avatarFile).filter((f): f is string => Boolean(f)));
    avatars.checked = files.size + referenced.size;
    for (const f of files) if (!referenced.has(f)) avatars.failures.push(`orphan file ${f}`);
    for (const f of referenced) if (!files.has(f)) avatars.failures.push(`missing file ${f}`);

    await db.storeChecks(check);

    return checks;
  } finally {
    await db.close();
  }
}

/** The SQLite file: its integrity and foreign-key checks and the FTS5 users search index. */
export function sqliteAuditSource(databaseFile: string): AuditSource {
  const db = openDatabase(databaseFile);
  return {
    all: async (sql) => db.prepare(sql).all(),
    async storeChecks(check) {
      const integrity = check("PRAGMA integrity_check = ok");
      integrity.checked = 1;
      const result = db.pragma("integrity_check").map((r) => r.integrity_check);
      if (result.join() !== "ok") integrity.failures.push(...result);

      const foreignKeys = check("PRAGMA foreign_key_check is empty");
      foreignKeys.checked = 1;
      for (const r of db.pragma("foreign_key_check")) foreignKeys.failures.push(JSON.stringify(r));

      // the users search index (FTS5, kept by triggers) holds every user as stored, and nothing else
      const search = check("the users search index holds every user, as stored");
      const indexed = db
        .prepare(
          'SELECT u.rowid AS id, s.rowid AS indexed, s."usernameKey" = lower(u."usernameKey") AND s."email" = lower(u."email") AND s."name" IS lower(u."name") AS same FROM "User" u LEFT JOIN "UserSearch" s ON s.rowid = u.rowid',
        )
        .all() as Array<{ id: number; indexed: number | null; same: number | null }>;
      search.checked = indexed.length;
      for (const row of indexed) if (row.indexed === null || !row.same) search.failures.push(`user rowid ${row.id}: ${row.indexed === null ? "missing" : "stale"}`);
      const extra = db.prepare('SELECT COUNT(*) AS n FROM "UserSearch" WHERE rowid NOT IN (SELECT rowid FROM "User")').get() as { n: number };
      if (extra.n) search.failures.push(`${extra.n} rows for users that do not exist`);
      try {
        db.prepare(`INSERT INTO "UserSearch" ("UserSearch") VALUES ('integrity-check')`).run();
      } catch (error) {
        search.failures.push(`FTS5 integrity-check: ${(error as Error).message}`);
      }
    },
    close: async () => db.close(),
  };
}

export function formatAudit(checks: AuditCheck[]): string {
  return checks
    .map((c) => {
      const head = `  ${c.failures.length ? "FAIL" : "ok  "} ${c.name} (${c.checked} checked${c.failures.length ? `, ${c.failures.length} failed` : ""})`;
      return [head, ...c.failures.slice(0, 10).map((f) => `         ${f}`), ...(c.failures.length > 10 ? [`         … ${c.failures.length - 10} more`] : [])].join("\n");
    })
    .join("\n");
}
