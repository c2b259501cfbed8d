/** A unique-constraint failure: Prisma's P2002, or PostgreSQL's 23505 from a statement of our own. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && ["P2002", "23505"].includes(String((error as { code?: unknown }).code));

// SQLite cannot write its file; PostgreSQL cannot be reached or is going away (the pool
// reconnects by itself once it is back)
const storagePatterns = new RegExp(
  [
    "SQLITE_FULL|database or disk is full|SQLITE_READONLY|readonly database|SQLITE_IOERR|disk I/O error|SQLITE_CANTOPEN|unable to open database",
    "ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down)",
    "Can't reach database server|Server has closed the connection|DatabaseNotReachable|ConnectionClosed|could not write|No space left on device",
  ].join("|"),
  "i",
);

/** The database cannot write (disk full, file read-only, I/O error, PostgreSQL unreachable): a clear answer beats a generic one. */
export function isStorageFailure(error: unknown): boolean {
  for (let e = error as { message?: unknown; cause?: unknown; meta?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (storagePatterns.test(String(e.message)) || storagePatterns.test(JSON.stringify(e.meta ?? ""))) return true;
  }
  return false;
}
