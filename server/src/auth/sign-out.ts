import type { Deps, RequestMeta } from "../deps.ts";

/** End one session, or every session of a user, and record it. */
export async function signOut(deps: Deps, which: { id: string } | { userId: string }, meta: RequestMeta): Promise<void> {
  const user = "id" in which ? (await deps.store.sessions.withUser(which.id))?.user : await deps.store.users.byId(which.userId);
  const count = await deps.store.sessions.revoke(which, "id" in which ? "sign-out" : "sign-out-everywhere", deps.clock.now());
  if (user && count > 0) {
    await deps.store.audit.record(
      { action: "id" in which ? "auth.sign_out" : "auth.sign_out_all", actor: user, target: user, ip: meta.ip, detail: `${count} session(s)` },
      deps.clock.now(),
    );
  }
}
