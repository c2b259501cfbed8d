import { PrismaClient } from "../generated/prisma/client.ts";
import { createSerializedAdapter, readDirect, type SqliteConnection } from "./serialized-adapter.ts";

export type Db = PrismaClient;

const adapters = new WeakMap<Db, ReturnType<typeof createSerializedAdapter>>();

/** Synchronous reads on the client's own SQLite connection (see readDirect); undefined for a client not made here. */
export async function readRaw<T>(db: Db, read: (connection: SqliteConnection) => T): Promise<T | undefined> {
  const adapter = adapters.get(db);
  return adapter ? readDirect(adapter, read) : undefined;
}

/** A Prisma client on the SQLite file, tuned for a server (WAL, busy timeout, foreign keys). */
export async function createDb(file: string): Promise<Db> {
  const adapter = createSerializedAdapter(file);
  const db = new PrismaClient({ adapter });
  adapters.set(db, adapter);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}
