// Better Auth's scratch database: its own migrations (getMigrations, what its CLI's `migrate`
// runs), then as many users as ours (each with a credential account sharing one scrypt hash, as
// our seeded users share one argon2 hash), and one live session whose cookie get-session sends.
import { rmSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { betterAuthOptions, openBetterAuthDb } from "./servers/better-auth-options.mjs";
import { tmpDir } from "./prepare-db.ts";

export interface BetterAuthFixture {
  env: Record<string, string>;
  cookie: string;
  emails: string[];
  password: string;
  passwordHash: string;
}

const email = (i: number) => `user${i}@bench.test`;

export async function prepareBetterAuth(options: { users: number; loginAccounts: number; password: string; secret: string }): Promise<BetterAuthFixture> {
  const file = path.join(tmpDir, "better-auth.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const env = { BETTER_AUTH_DB: file, BETTER_AUTH_SECRET: options.secret };
  Object.assign(process.env, { BETTER_AUTH_SECRET: options.secret });
  const db = openBetterAuthDb(file);
  try {
    const authOptions = betterAuthOptions(db, "http://127.0.0.1");
    await (await getMigrations(authOptions)).runMigrations();
    const auth = betterAuth(authOptions);
    // one account made by Better Auth itself, then copied row for row (same formats) by SQL
    await auth.api.signUpEmail({ body: { email: email(0), password: options.password, name: "Bench User 0" } });
    db.prepare(`UPDATE user SET emailVerified = 1`).run();
    db.transaction(() => {
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO user (id, name, email, emailVerified, image, createdAt, updatedAt)
         SELECT 'u' || i, 'Bench User ' || i, 'user' || i || '@bench.test', u.emailVerified, u.image, u.createdAt, u.updatedAt FROM n, user u WHERE u.email = ?`,
      ).run(options.users - 1, email(0));
      db.prepare(
        `INSERT INTO account (id, accountId, providerId, userId, password, createdAt, updatedAt)
         SELECT 'a' || u.id, u.id, a.providerId, u.id, a.password, a.createdAt, a.updatedAt FROM user u, account a
         WHERE u.email <> ? AND a.userId = (SELECT id FROM user WHERE email = ?)`,
      ).run(email(0), email(0));
    })();
    const { headers } = await auth.api.signInEmail({ body: { email: email(0), password: options.password }, returnHeaders: true });
    const cookie = headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { password: passwordHash } = db.prepare(`SELECT password FROM account LIMIT 1`).get() as { password: string };
    db.pragma("wal_checkpoint(TRUNCATE)");
    return {
      env,
      cookie,
      emails: Array.from({ length: options.loginAccounts }, (_, i) => email(i + 1)),
      password: options.password,
      passwordHash,
    };
  } finally {
    db.close();
  }
}
