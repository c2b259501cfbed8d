import { PrismaClient } from "../generated/prisma/client.ts";
import { createSerializedAdapter } from "./serialized-adapter.ts";

export type Db = PrismaClient;

/** A Prisma client on the SQLite file, tuned for a server (WAL, busy timeout, foreign keys). */
export async function createDb(file: string): Promise<Db> {
  const db = new PrismaClient({ adapter: createSerializedAdapter(file) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}
