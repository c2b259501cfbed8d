import { z } from "zod";
import type { Store } from "../db/store.ts";
import { hashPassword } from "../lib/password.ts";
import { emailRule, parseInput, passwordRule, usernameRule } from "../lib/validation.ts";

const settingsSchema = z.object({ email: emailRule, password: passwordRule, username: usernameRule });

/** Make sure the first super admin exists; an existing account is promoted, its password left alone. */
export async function seedSuperAdmin(store: Store, raw: { email?: string; password?: string; username?: string }) {
  const admin = parseInput(settingsSchema, { ...raw, username: raw.username || "admin" });
  const existing = await store.users.byEmailOrUsername(admin.email, admin.username);
  if (existing) {
    await store.users.update(existing.id, { role: "SUPER_ADMIN", emailVerified: true, disabled: false });
    return { created: false, email: existing.email };
  }
  const passwordHash = await hashPassword(admin.password);
  await store.users.create({ username: admin.username, email: admin.email, passwordHash, role: "SUPER_ADMIN", emailVerified: true, createdAt: new Date() });
  return { created: true, email: admin.email };
}
