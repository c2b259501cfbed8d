/** Prisma's unique-constraint failure (P2002), recognised without importing Prisma. */
export const isUniqueViolation = (error: unknown): boolean => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

const storagePatterns = /SQLITE_FULL|database or disk is full|SQLITE_READONLY|readonly database|SQLITE_IOERR|disk I\/O error|SQLITE_CANTOPEN|unable to open database/i;

/** The database cannot write (disk full, file read-only, I/O error): a clear answer beats a generic one. */
export function isStorageFailure(error: unknown): boolean {
  for (let e = error as { message?: unknown; cause?: unknown; meta?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (storagePatterns.test(String(e.message)) || storagePatterns.test(JSON.stringify(e.meta ?? ""))) return true;
  }
  return false;
}
