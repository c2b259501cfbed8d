import type { Deps, RequestMeta } from "../deps.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { revokeSessions } from "./sessions.ts";

/** End one session, or every session of a user, and record it. */
export async function signOut(deps: Deps, which: { id: string } | { userId: string }, meta: RequestMeta): Promise<void> {
  const user =
    "id" in which
      ? (await deps.db.session.findUnique({ where: { id: which.id }, include: { user: true } }))?.user
      : await deps.db.user.findUnique({ where: { id: which.userId } });
  const count = await revokeSessions(deps, which, "id" in which ? "sign-out" : "sign-out-everywhere");
  if (user && count > 0) {
    await recordAudit(deps.db, { action: "id" in which ? "auth.sign_out" : "auth.sign_out_all", actor: user, target: user, ip: meta.ip, detail: `${count} session(s)` }, deps.clock.now());
  }
}
