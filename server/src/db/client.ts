import { PrismaClient, type Prisma } from "../generated/prisma/client.ts";
import { createSerializedAdapter, isConnected, readDirect, writeDirect, type SqliteConnection } from "./serialized-adapter.ts";

export type Db = PrismaClient;
/** The client, or the one of an open transaction: what the stores run their statements on. */
export type Client = Db | Prisma.TransactionClient;

const BUSY_TIMEOUT_MS = 5000;
const adapters = new WeakMap<Db, { adapter: ReturnType<typeof createSerializedAdapter>; file: string }>();

/** The client's adapter, connected (Prisma otherwise connects on its first query). */
async function connectedAdapter(db: Db) {
  const entry = adapters.get(db);
  if (!entry) throw new Error("direct reads and writes need a client made by createDb");
  if (!isConnected(entry.adapter)) await db.$connect();
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

/** A Prisma client on the SQLite file, tuned for a server (WAL, busy timeout, foreign keys). */
export async function createDb(file: string): Promise<Db> {
  const adapter = createSerializedAdapter(file, BUSY_TIMEOUT_MS);
  const db = new PrismaClient({ adapter });
  adapters.set(db, { adapter, file });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}
