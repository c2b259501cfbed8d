import type { Deps } from "../deps.ts";

/** Head counts for the admin dashboard, read in one transaction so they agree with each other. */
export async function getAdminStats(deps: Deps) {
  const { user, session } = deps.db;
  const [users, verified, admins, disabled, mfaEnabled, activeSessions] = await deps.db.$transaction([
    user.count(),
    user.count({ where: { emailVerified: true } }),
    user.count({ where: { role: { in: ["ADMIN", "SUPER_ADMIN"] } } }),
    user.count({ where: { disabled: true } }),
    user.count({ where: { mfaEnabled: true } }),
    session.count({ where: { revokedAt: null, expiresAt: { gt: deps.clock.now() } } }),
  ]);
  return { users, verified, admins, disabled, mfaEnabled, activeSessions };
}
