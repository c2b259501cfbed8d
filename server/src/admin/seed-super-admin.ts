import { z } from "zod";
import type { Db } from "../db/client.ts";
import { hashPassword } from "../lib/password.ts";
import { emailRule, parseInput, passwordRule, usernameRule } from "../lib/validation.ts";

const settingsSchema = z.object({ email: emailRule, password: passwordRule, username: usernameRule });

/** Make sure the first super admin exists; an existing account is promoted, its password left alone. */
export async function seedSuperAdmin(db: Db, raw: { email?: string; password?: string; username?: string }) {
  const admin = parseInput(settingsSchema, { ...raw, username: raw.username || "admin" });
  const existing = await db.user.findFirst({ where: { OR: [{ email: admin.email }, { usernameKey: admin.username.toLowerCase() }] } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { role: "SUPER_ADMIN", emailVerified: true, disabled: false } });
    return { created: false, email: existing.email };
  }
  await db.user.create({
    data: {
      username: admin.username,
      usernameKey: admin.username.toLowerCase(),
      email: admin.email,
      passwordHash: await hashPassword(admin.password),
      role: "SUPER_ADMIN",
      emailVerified: true,
    },
  });
  return { created: true, email: admin.email };
}
