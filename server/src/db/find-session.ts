import type { Session, User } from "../generated/prisma/client.ts";
import { readRaw, type Db } from "./client.ts";
import { perConnection, rowByTable, typedStatement } from "./typed-rows.ts";

export type SessionWithUser = Session & { user: User };

// The per-request session check is the hot path of every authenticated call. Through Prisma
// (query compiler, plan interpreter) it cost ~2 ms of CPU; one prepared statement on the
// read-only connection (committed data only) costs tens of µs.

// One statement (a single read, so one consistent snapshot, with no BEGIN/COMMIT around it);
// its columns are split back into the session and its user by their table.
const sessionWithUser = perConnection((connection) =>
  typedStatement(connection, 'SELECT s.*, u.* FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?'),
);

/** A session by id with its user (as `findUnique({ include: { user: true } })` gives it), or null. */
export function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | null> {
  return readRaw(db, (connection) => {
    const typed = sessionWithUser(connection);
    const values = typed.statement.get(id) as unknown[] | undefined;
    if (!values) return null;
    const { Session: session, User: user } = rowByTable(typed, values);
    return { ...(session as unknown as Session), user: user as unknown as User };
  });
}
