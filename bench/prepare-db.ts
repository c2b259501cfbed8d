// The scratch database: migrated fresh under bench/.tmp/, 100k seeded users, one admin with a
// live session (its access token is the `me` cookie) and the accounts the login load signs in as.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { isPostgresUrl, loadConfig } from "../server/src/config.ts";
import { createDb } from "../server/src/db/client.ts";
import { createStore } from "../server/src/db/store.ts";
import type { Deps } from "../server/src/deps.ts";
import { systemClock } from "../server/src/lib/clock.ts";
import { createMailer } from "../server/src/mail/mailer.ts";
import { createRateLimits } from "../server/src/security/rate-limits.ts";
import { createHashQueue } from "../server/src/lib/hash-queue.ts";
import { createBackground } from "../server/src/lib/background.ts";
import { SEEDED_USER_PASSWORD, seedUsers } from "../server/src/db/seed-users.ts";
import { ensureUserSearchIndex } from "../server/src/db/user-search.ts";
import { signIn } from "../server/src/auth/sessions.ts";
import { loadSigningKeys } from "../server/src/keys/signing-keys.ts";
import { sharedSecretRing } from "../server/src/keys/key-material.ts";
import { signAccessToken } from "../server/src/lib/access-token.ts";
import { cursorPositionOf } from "../server/src/db/user-order.ts";
import { encodeCursor } from "../server/src/admin/cursor.ts";

export const repoRoot = path.resolve(import.meta.dirname, "..");
export const tmpDir = path.join(repoRoot, "bench/.tmp");

export interface Fixture {
  env: Record<string, string>;
  accessToken: string;
  cookie: string;
  /** the same session's access token signed HS256 with JWT_SECRET, for a server run with JWT_ALGORITHM=HS256 */
  hs256Cookie: string;
  loginIdentifiers: string[];
  password: string;
  passwordHash: string;
  laterPageCursor: string;
}

/**
 * Where login account `i` signs in from in the `login` scenario: its own browser and network, as
 * a returning user does (the fixture records an earlier sign-in from there, so no new-device
 * notice is mailed); `login_new_device` comes from a new address each time instead.
 */
export const RETURNING_BROWSER = "authkit-bench-browser";
export const returningAddress = (i: number) => `10.200.${(i >> 8) & 255}.${i & 255}`;

const quiet = { info() {}, warn() {}, error: (o: object, m?: string) => console.error(m, o) };

const removeDb = (file: string) => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
};

/** What the seeded template depends on: the migrations, the seeding code and the search index. */
function templateKey(users: number): string {
  const hash = createHash("sha256").update(String(users));
  const migrations = path.join(repoRoot, "prisma/sqlite/migrations");
  for (const entry of readdirSync(migrations, { recursive: true, encoding: "utf8" }).sort()) {
    if (entry.endsWith(".sql")) hash.update(entry).update(readFileSync(path.join(migrations, entry)));
  }
  for (const file of ["server/src/db/seed-users.ts", "server/src/db/user-search.ts"]) hash.update(readFileSync(path.join(repoRoot, file)));
  return hash.digest("hex").slice(0, 12);
}

/** A migrated database with `users` seeded users, made once per migrations + seed code and then copied. */
async function seededTemplate(users: number, env: Record<string, string>): Promise<string> {
  const template = path.join(tmpDir, `template-${templateKey(users)}.db`);
  if (existsSync(template)) return template;
  for (const old of readdirSync(tmpDir).filter((f) => f.startsWith("template-"))) rmSync(path.join(tmpDir, old), { force: true });
  const building = path.join(tmpDir, "building.db");
  removeDb(building);
  const buildEnv = { ...env, DATABASE_URL: `file:${building}` };
  execFileSync("pnpm", ["exec", "prisma", "migrate", "deploy"], { cwd: repoRoot, env: { ...process.env, ...buildEnv }, stdio: "pipe" });
  const db = await createDb(loadConfig(buildEnv).database);
  try {
    await seedUsers(db, { count: users });
    await ensureUserSearchIndex(db); // as the API would at its first start
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
  renameSync(building, template);
  removeDb(building);
  return template;
}

export async function prepareDatabase(options: { users: number; loginAccounts: number; env: Record<string, string> }): Promise<Fixture> {
  mkdirSync(tmpDir, { recursive: true });
  const file = path.join(tmpDir, "bench.db");
  removeDb(file);
  copyFileSync(await seededTemplate(options.users, options.env), file);
  return fixtureOn({ ...options.env, DATABASE_URL: `file:${file}` }, options);
}

/** The admin session, the sign-in accounts and a deep cursor on a seeded database of either store (bench/postgres.ts seeds PostgreSQL's). */
export async function fixtureOn(env: Record<string, string>, options: { users: number; loginAccounts: number }): Promise<Fixture> {
  const config = loadConfig(env);
  const sqlite = !isPostgresUrl(config.database);
  const db = await createDb(config.database);
  try {
    const admin = await db.user.findFirstOrThrow({ where: { emailVerified: true, disabled: false, role: "USER" } });
    const promoted = await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    const store = createStore(db);
    const deps: Deps = {
      store,
      config,
      clock: systemClock,
      mailer: createMailer({ store, dataKey: config.dataKey, from: config.mailFrom, log: quiet }),
      limits: createRateLimits(store.rateLimits),
      hashing: createHashQueue(config.hashing),
      background: createBackground(quiet),
      log: quiet,
    };
    await loadSigningKeys(deps); // makes the key the servers will then read from this database
    const session = await signIn(deps, promoted, { ip: "127.0.0.1", userAgent: "authkit-bench" }, "bench");
    const hs256 = signAccessToken(
      { userId: promoted.id, sessionId: session.sessionId },
      { keys: sharedSecretRing(config.jwtSecret), issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTokenTtlSeconds },
      new Date(),
    );
    const accounts = await db.user.findMany({
      where: { emailVerified: true, disabled: false, role: "USER" },
      select: { id: true, usernameKey: true },
      take: options.loginAccounts,
    });
    // each account's earlier sign-in from its own browser and network (ended since)
    const earlier = new Date(Date.now() - 86_400_000);
    await db.session.createMany({
      data: accounts.map((a, i) => ({
        userId: a.id,
        userAgent: RETURNING_BROWSER,
        ip: returningAddress(i),
        createdAt: earlier,
        lastUsedAt: earlier,
        expiresAt: earlier,
        revokedAt: earlier,
        revokedWhy: "logout",
      })),
    });
    // a cursor half-way down the default order: a deep page must cost what the first does
    const [middle] = await db.user.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: Math.floor(options.users / 2), take: 1 });
    if (sqlite) await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return {
      env,
      accessToken: session.accessToken,
      cookie: `${config.cookiePrefix}access_token=${session.accessToken}`,
      hs256Cookie: `${config.cookiePrefix}access_token=${hs256.token}`,
      loginIdentifiers: accounts.map((a) => a.usernameKey),
      password: SEEDED_USER_PASSWORD,
      passwordHash: promoted.passwordHash,
      laterPageCursor: encodeCursor("CREATED_AT_DESC", cursorPositionOf("CREATED_AT_DESC", middle)),
    };
  } finally {
    await db.$disconnect();
  }
}
