import type pg from "pg";
import { dialectOf, postgresPathsOf, readRaw, writeRaw, type Db } from "./client.ts";
import { perConnection } from "./typed-rows.ts";
import type { SqliteConnection } from "./serialized-adapter.ts";

/** One counter an attempt counts against: its key ("login.ip:203.0.113.7") and its rule. */
export interface AttemptCounter {
  key: string;
  points: number;
  windowMs: number;
}

// Fixed windows in the RateLimit table, so that every instance counts the same attempts. One
// statement counts an attempt only while its window has points left (or has ended): the
// database decides, row-locked, so N instances never let more through than the rule says. An
// attempt counts against all its counters or, refused by one, against none: one transaction,
// rolled back. Counters are taken in key order, so two attempts never wait on each other's
// rows in opposite orders. Times are epoch ms ($2 now, $3 the end of a new window).
const COUNT = `INSERT INTO "RateLimit" AS r ("key", "count", "resetAt") VALUES ($1, 1, $3)
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN r."resetAt" <= $2 THEN 1 ELSE r."count" + 1 END,
    "resetAt" = CASE WHEN r."resetAt" <= $2 THEN excluded."resetAt" ELSE r."resetAt" END
  WHERE r."count" < $4 OR r."resetAt" <= $2
  RETURNING "count"`;
const READ = 'SELECT "count", "resetAt" FROM "RateLimit" WHERE "key" = $1';
const FORGET = 'DELETE FROM "RateLimit" WHERE "key" = $1';
const SWEEP = 'DELETE FROM "RateLimit" WHERE "resetAt" <= $1';

/** Thrown inside a transaction to roll it back: an attempt refused by one of its counters. */
class Refused extends Error {}

interface Row {
  count: number | string;
  resetAt: number | string | bigint;
}

/** How long until the last of the used-up counters has points again (ms); null if none is used up. */
function longestWait(counters: AttemptCounter[], rows: Array<Row | undefined>, now: number): number | null {
  const waits = counters.flatMap((counter, i) => {
    const row = rows[i];
    const resetAt = row ? Number(row.resetAt) : 0;
    return row && Number(row.count) >= counter.points && resetAt > now ? [resetAt - now] : [];
  });
  return waits.length ? Math.max(...waits) : null;
}

const byKey = (counters: AttemptCounter[]) => [...counters].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

// SQLite: synchronous prepared statements on the writing connection (~20 µs a counter), no
// Prisma pipeline. One SQL text for both stores: SQLite binds $n as ?n.
const sqliteText = (sql: string) => sql.replace(/\$(\d+)/g, "?$1");
const numbered = (...values: unknown[]) => Object.fromEntries(values.map((value, i) => [i + 1, value]));
const sqliteStatements = perConnection((connection: SqliteConnection) => ({
  count: connection.prepare(sqliteText(COUNT)),
  read: connection.prepare(sqliteText(READ)),
  forget: connection.prepare(sqliteText(FORGET)),
  sweep: connection.prepare(sqliteText(SWEEP)),
}));

function sqliteCounters(db: Db) {
  return {
    async count(counters: AttemptCounter[], now: number): Promise<number | null> {
      try {
        await writeRaw(db, (connection) => {
          const { count } = sqliteStatements(connection);
          for (const c of byKey(counters)) if (!count.get(numbered(c.key, now, now + c.windowMs, c.points))) throw new Refused();
        });
        return null;
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
      }
      const rows = await readRaw(db, (connection) => counters.map((c) => sqliteStatements(connection).read.get(numbered(c.key)) as Row | undefined));
      return longestWait(counters, rows, now) ?? 1000;
    },
    forget: async (key: string) => void (await writeRaw(db, (connection) => sqliteStatements(connection).forget.run(numbered(key)))),
    sweep: async (now: number) => (await writeRaw(db, (connection) => sqliteStatements(connection).sweep.run(numbered(now)))).changes,
  };
}

// PostgreSQL: named prepared statements on the pool under the Prisma client. Under READ
// COMMITTED an upsert that meets a row another instance is counting waits for it, then
// re-checks its WHERE against the committed count.
const pgStatement = (name: string, text: string) => ({ name: `authkit_rate_limit_${name}`, text });
const pgStatements = { count: pgStatement("count", COUNT), read: pgStatement("read", READ), forget: pgStatement("forget", FORGET), sweep: pgStatement("sweep", SWEEP) };

function postgresCounters(pool: pg.Pool) {
  const run = (on: pg.Pool | pg.PoolClient, statement: { name: string; text: string }, values: unknown[]) => on.query<Row>({ ...statement, values });
  return {
    async count(counters: AttemptCounter[], now: number): Promise<number | null> {
      const sorted = byKey(counters);
      let refused = false;
      if (sorted.length === 1) {
        const [c] = sorted;
        refused = (await run(pool, pgStatements.count, [c.key, now, now + c.windowMs, c.points])).rowCount === 0;
      } else {
        const client = await pool.connect();
        let broken: unknown;
        try {
          await client.query("BEGIN");
          for (const c of sorted) {
            if ((await run(client, pgStatements.count, [c.key, now, now + c.windowMs, c.points])).rowCount === 0) {
              refused = true;
              break;
            }
          }
          await client.query(refused ? "ROLLBACK" : "COMMIT");
        } catch (error) {
          broken = await client.query("ROLLBACK").then(
            () => undefined,
            (failed: unknown) => failed,
          );
          throw error;
        } finally {
          client.release(broken instanceof Error ? broken : undefined); // a connection that cannot roll back is closed, not reused
        }
      }
      if (!refused) return null;
      const rows = await Promise.all(counters.map(async (c) => (await run(pool, pgStatements.read, [c.key])).rows[0]));
      return longestWait(counters, rows, now) ?? 1000;
    },
    forget: async (key: string) => void (await run(pool, pgStatements.forget, [key])),
    sweep: async (now: number) => (await run(pool, pgStatements.sweep, [now])).rowCount ?? 0,
  };
}

/**
 * The attempt counters behind the rate limits (lib/rate-limit.ts). `count` counts one attempt
 * against every counter unless one of them is used up: then it counts nothing and answers the
 * longest wait in ms (null: counted).
 */
export const rateLimitStore = (db: Db) => (dialectOf(db) === "postgres" ? postgresCounters(postgresPathsOf(db).pool) : sqliteCounters(db));
