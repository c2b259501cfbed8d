import type { Deps } from "../deps.ts";

/** Head counts for the admin dashboard, read in one transaction so they agree with each other. */
export const getAdminStats = (deps: Deps) => deps.store.transaction(async (tx) => ({ ...(await tx.users.stats()), activeSessions: await tx.sessions.countLive(deps.clock.now()) }));
