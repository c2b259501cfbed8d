import { PrismaClient } from "../generated/prisma/client.ts";
import { createSerializedAdapter, isConnected, readDirect, writeDirect, type SqliteConnection } from "./serialized-adapter.ts";

export type Db = PrismaClient;

const BUSY_TIMEOUT_MS = 5000;
const adapters = new WeakMap<Db, { adapter: ReturnType<typeof createSerializedAdapter>; file: string }>();

/** Synchronous reads of committed data on the client's read-only connection (see readDirect); undefined for a client not made here. */
export function readRaw<T>(db: Db, read: (connection: SqliteConnection) => T): T | undefined {
  const entry = adapters.get(db);
  return entry ? readDirect(entry.adapter, entry.file, BUSY_TIMEOUT_MS, read) : undefined;
}

/** Synchronous statements in one transaction on the client's own connection (see writeDirect). */
export async function writeRaw<T>(db: Db, write: (connection: SqliteConnection) => T): Promise<T> {
  const entry = adapters.get(db);
  if (!entry) throw new Error("writeRaw needs a client made by createDb");
  if (!isConnected(entry.adapter)) await db.$connect(); // Prisma connects on its first query
  return writeDirect(entry.adapter, write);
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
