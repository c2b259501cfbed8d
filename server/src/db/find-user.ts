import type { User } from "../generated/prisma/client.ts";
import { readRaw, type Db } from "./client.ts";
import { perConnection, rowByTable, typedStatement } from "./typed-rows.ts";

export type UserKey = "email" | "usernameKey";

// Sign-in looks the account up before each password check: a prepared statement on the
// read-only connection instead of Prisma's pipeline (~1.5 ms of CPU a lookup).
const userBy = perConnection((connection) => ({
  email: typedStatement(connection, 'SELECT * FROM "User" WHERE "email" = ?'),
  usernameKey: typedStatement(connection, 'SELECT * FROM "User" WHERE "usernameKey" = ?'),
}));

/** A user by one of its unique keys (committed data), or null. */
export function findUserBy(db: Db, key: UserKey, value: string): Promise<User | null> {
  return readRaw(db, (connection) => {
    const typed = userBy(connection)[key];
    const values = typed.statement.get(value) as unknown[] | undefined;
    return values ? (rowByTable(typed, values).User as unknown as User) : null;
  });
}
