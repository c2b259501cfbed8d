import type { Db } from "../db/client.ts";

type DbOrTx = Pick<Db, "auditEvent">;

export interface AuditSubject {
  id: string;
  username: string;
}

export interface AuditEntry {
  action: string;
  actor?: AuditSubject | null;
  target?: AuditSubject | null;
  ip?: string;
  detail?: string;
}

/** Append one event. The labels keep the names readable after a user is deleted. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry, at: Date): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor?.username ?? null,
      targetId: entry.target?.id ?? null,
      targetLabel: entry.target?.username ?? null,
      ip: entry.ip ?? null,
      detail: entry.detail ?? null,
      createdAt: at,
    },
  });
}
