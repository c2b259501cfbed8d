import { dialectOf, postgresPathsOf, type Db, type Dialect } from "./client.ts";
import { sqlitePaths } from "./sqlite.ts";

/** The statements that run past Prisma, in the form of the store that answers (sqlite.ts, postgres.ts). */
export type FastPaths = ReturnType<typeof sqlitePaths> & { dialect: Dialect };

export function fastPathsOf(db: Db): FastPaths {
  const dialect = dialectOf(db);
  // each form must offer what the other does: this assignment is where the compiler checks it
  const paths: ReturnType<typeof sqlitePaths> = dialect === "postgres" ? postgresPathsOf(db) : sqlitePaths(db);
  return { ...paths, dialect };
}
