// Better Auth as a team would set it up for email + password on SQLite: the better-sqlite3
// database with the API's own pragmas (WAL, synchronous NORMAL, foreign keys, busy timeout),
// its defaults otherwise (scrypt, session read from the database on every get-session: the
// cookie cache is off unless configured), and its rate limiter off, as ours never trips in the bench.
// Plain JavaScript, run by plain node: under tsx's loader Better Auth's imports at request time
// went through the loader's hooks on every request and cost it ~5 % of its CPU.
import Database from "better-sqlite3";

/** the Origin the bench's sign-ins send */
export const BENCH_ORIGIN = "http://bench.test";

/** @param {string} file */
export function openBetterAuthDb(file) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * @param {import("better-sqlite3").Database} db
 * @param {string} baseURL
 * @returns {import("better-auth").BetterAuthOptions}
 */
export function betterAuthOptions(db, baseURL) {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is required");
  return {
    database: db,
    secret,
    baseURL,
    // its CSRF check wants a trusted Origin on sign-in, as a browser sends one
    trustedOrigins: [BENCH_ORIGIN],
    emailAndPassword: { enabled: true },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
  };
}
