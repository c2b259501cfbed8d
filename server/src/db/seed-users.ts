// Many realistic users, fast, for development and benchmarks. One argon2 hash is shared by
// every seeded account (hashing 100k passwords would take hours); rows go in with batched
// multi-row inserts.
import { randomBytes } from "node:crypto";
import { dialectOf, type Db, type Dialect } from "./client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { hashPassword } from "../lib/password.ts";

/** Every seeded account signs in with this password (development data only). */
export const SEEDED_USER_PASSWORD = "seeded-user-password";

const CHUNK = 1000;
const DAY_MS = 86_400_000;
const firstNames = [
  "anna",
  "ben",
  "chloe",
  "david",
  "emma",
  "felix",
  "grace",
  "hugo",
  "ines",
  "jonas",
  "kira",
  "liam",
  "maya",
  "noah",
  "olga",
  "paul",
  "rosa",
  "sami",
  "tara",
  "umar",
  "vera",
  "will",
  "yara",
  "zoe",
];
const lastNames = ["smith", "garcia", "muller", "rossi", "dubois", "kowalski", "tanaka", "silva", "jensen", "novak", "murphy", "costa", "weber", "ito", "berg", "haddad"];

interface SeedUsersOptions {
  count: number;
  now?: Date;
  /** deterministic tests pass their own; Math.random by default */
  random?: () => number;
}

function buildSeedUser(i: number, tag: string, passwordHash: string, now: Date, random: () => number): Prisma.UserCreateManyInput {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const first = pick(firstNames);
  const last = pick(lastNames);
  // the run tag and the index make names unique across runs as well as within one
  const username = `${first}_${last}_${tag}${i.toString(36)}`;
  const createdAt = new Date(now.getTime() - Math.floor(random() * 730 * DAY_MS));
  const loggedIn = random() < 0.7;
  const lastLoginAt = loggedIn ? new Date(createdAt.getTime() + Math.floor(random() * (now.getTime() - createdAt.getTime()))) : null;
  return {
    username,
    usernameKey: username.toLowerCase(),
    email: `${username.toLowerCase()}@example.test`,
    passwordHash,
    name: random() < 0.8 ? `${first[0].toUpperCase()}${first.slice(1)} ${last[0].toUpperCase()}${last.slice(1)}` : null,
    // no super admins: a shared, published password must never reach that role
    role: random() < 0.02 ? "ADMIN" : "USER",
    emailVerified: random() < 0.85,
    disabled: random() < 0.03,
    createdAt,
    updatedAt: lastLoginAt ?? createdAt,
    lastLoginAt,
  };
}

const columns = ["id", "username", "usernameKey", "email", "passwordHash", "name", "role", "emailVerified", "disabled", "createdAt", "updatedAt", "lastLoginAt"] as const;

// One multi-row INSERT per chunk: Prisma's createMany spends ~0.7 ms a row building its query,
// raw SQL a few µs. Dates and booleans go in as such: the driver adapter writes them in the
// same text form as every other write (ordering and cursors compare that text).
function insertChunk(db: Pick<Db, "$executeRawUnsafe">, dialect: Dialect, rows: Prisma.UserCreateManyInput[]) {
  const values: unknown[] = [];
  const entropy = randomBytes(12 * rows.length).toString("hex"); // one call per chunk, not per row
  for (const [n, row] of rows.entries()) {
    for (const column of columns) {
      const value = column === "id" ? `c${entropy.slice(n * 24, n * 24 + 24)}` : row[column];
      values.push(value ?? null);
    }
  }
  const tuple = (n: number) => `(${columns.map((column, i) => (dialect === "postgres" ? `$${n * columns.length + i + 1}${column === "role" ? '::"Role"' : ""}` : "?")).join(",")})`;
  const sql = `INSERT INTO "User" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${rows.map((_, n) => tuple(n)).join(",")}`;
  return db.$executeRawUnsafe(sql, ...values);
}

/** Insert `count` users in one transaction, 1000 rows a statement; returns how many were created. */
export async function seedUsers(db: Db, options: SeedUsersOptions): Promise<number> {
  const now = options.now ?? new Date();
  const random = options.random ?? Math.random;
  const tag = randomBytes(2).toString("hex");
  const passwordHash = await hashPassword(SEEDED_USER_PASSWORD);
  const dialect = dialectOf(db);
  // SQLite: random keys go into eight indexes: a 64 MiB page cache saves ~15% of the work; restored after
  const sqlite = dialect === "sqlite";
  const [{ cache_size: cacheSize }] = sqlite ? await db.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size") : [{ cache_size: 0 }];
  if (sqlite) await db.$queryRawUnsafe("PRAGMA cache_size = -65536");
  try {
    return await db.$transaction(
      async (tx) => {
        let created = 0;
        for (let start = 0; start < options.count; start += CHUNK) {
          const size = Math.min(CHUNK, options.count - start);
          created += await insertChunk(
            tx,
            dialect,
            Array.from({ length: size }, (_, k) => buildSeedUser(start + k, tag, passwordHash, now, random)),
          );
        }
        return created;
      },
      { timeout: 10 * 60_000 },
    );
  } finally {
    if (sqlite) await db.$queryRawUnsafe(`PRAGMA cache_size = ${Number(cacheSize)}`);
  }
}
