import { PrismaClient, type Prisma } from "../generated/prisma/client.ts";
import { isPostgresUrl } from "../config.ts";
import type { PostgresPaths } from "./postgres.ts";
import { createSerializedAdapter, readDirect, writeDirect, writingConnection, type SqliteConnection } from "./serialized-adapter.ts";
import { checkpointInBackground } from "./sqlite-checkpoints.ts";

// Both stores go through one client type: the two generated clients have the same models and
// row types; only their $transaction options differ, so the PostgreSQL one is handed in with
// a single cast here (see ../shared/STACK.md, "One model, two providers").
export type Db = PrismaClient;
/** The client, or the one of an open transaction: what the stores run their statements on. */
export type Client = Db | Prisma.TransactionClient;
export type Dialect = "sqlite" | "postgres";

const BUSY_TIMEOUT_MS = 5000;
const sqliteAdapters = new WeakMap<Db, { adapter: ReturnType<typeof createSerializedAdapter>; file: string }>();
const postgresPaths = new WeakMap<Db, PostgresPaths>();

/** The database named by DATABASE_URL does not answer at start. */
export class DatabaseUnreachable extends Error {}

export const dialectOf = (db: Db): Dialect => (postgresPaths.has(db) ? "postgres" : "sqlite");

/** The hot paths of a PostgreSQL client: prepared statements on the pool under it (postgres.ts). */
export function postgresPathsOf(db: Db): PostgresPaths {
  const paths = postgresPaths.get(db);
  if (!paths) throw new Error("not a PostgreSQL client made by createDb");
  return paths;
}

/** The client's adapter, connected: the same connection Prisma uses, without starting Prisma's engine. */
async function connectedAdapter(db: Db) {
  const entry = sqliteAdapters.get(db);
  if (!entry) throw new Error("direct reads and writes need a SQLite client made by createDb");
  await entry.adapter.connect();
  return entry;
}

/** Synchronous reads of committed data on the client's read-only connection (see readDirect). */
export async function readRaw<T>(db: Db, read: (connection: SqliteConnection) => T): Promise<T> {
  const { adapter, file } = await connectedAdapter(db);
  return readDirect(adapter, file, BUSY_TIMEOUT_MS, read);
}

/** Synchronous statements in one transaction on the client's own connection (see writeDirect). */
export async function writeRaw<T>(db: Db, write: (connection: SqliteConnection) => T): Promise<T> {
  return writeDirect((await connectedAdapter(db)).adapter, write);
}

/** A server's settings for each connection: WAL, busy timeout, foreign keys. */
function tuneForServer(connection: SqliteConnection): void {
  for (const pragma of ["journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", `busy_timeout = ${BUSY_TIMEOUT_MS}`]) {
    const statement = connection.prepare(`PRAGMA ${pragma}`);
    if (statement.reader) statement.get();
    else statement.run();
  }
}

/**
 * A Prisma client on the SQLite file, connected. Prisma's query engine (a WebAssembly module,
 * ~25 MB and ~0.1 s to start) starts at the first statement that goes through Prisma, not here.
 */
async function createSqliteDb(file: string): Promise<Db> {
  const adapter = createSerializedAdapter(file, BUSY_TIMEOUT_MS, tuneForServer);
  const db = new PrismaClient({ adapter });
  sqliteAdapters.set(db, { adapter, file });
  await adapter.connect();
  const checkpoints = checkpointInBackground(file, writingConnection(adapter), BUSY_TIMEOUT_MS);
  const close = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await checkpoints.stop();
    await close();
  };
  return db;
}

/**
 * A Prisma client on PostgreSQL through the pg adapter, on a pool we keep (the hot paths share
 * it). A pool reconnects by itself: a database that comes back is used again on the next query.
 */
async function createPostgresDb(url: string): Promise<Db> {
  // loaded only here: a SQLite server never pays for them at start
  const [{ default: pg }, { PrismaPg }, { PrismaClient: PostgresPrismaClient }, postgres] = await Promise.all([
    import("pg"),
    import("@prisma/adapter-pg"),
    import("../generated/prisma-pg/client.ts"),
    import("./postgres.ts"),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // an idle connection the server closed (restart, failover): dropped from the pool, not fatal
  pool.on("error", () => {});
  // nor on a connection someone holds: a connection Prisma's adapter checked out for a
  // transaction it then gave up on (the database hung mid-start) had no listener left, and its
  // "terminating connection" at the next restart crashed the process. The query's own caller
  // still gets the error.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new PostgresPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as Db;
  postgresPaths.set(db, postgres.postgresPaths(pool));
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    const { hostname, port, pathname } = new URL(url);
    throw new DatabaseUnreachable(`Cannot reach PostgreSQL at ${hostname}:${port || 5432}${pathname} (${(error as Error).message}). Is it running, and is DATABASE_URL right?`);
  }
  const close = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await close();
    // end() waits for every checked-out connection to come back; one Prisma abandoned (above)
    // never does, so a close does not wait for it past a moment (its socket is gone already)
    if (!pool.ended) await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  };
  return db;
}

/** A client on the SQLite file or the PostgreSQL database `target` names (config.database). */
export const createDb = (target: string): Promise<Db> => (isPostgresUrl(target) ? createPostgresDb(target) : createSqliteDb(target));
