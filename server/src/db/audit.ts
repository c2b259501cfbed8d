import type { Client } from "./client.ts";

interface AuditSubject {
  id: string;
  username: string;
}

interface AuditEntry {
  action: string;
  actor?: AuditSubject | null;
  target?: AuditSubject | null;
  ip?: string;
  detail?: string;
}

/** Where a page of the log starts: strictly before this event (newest first). */
interface AuditPosition {
  at: Date;
  id: string;
}

/** The events a user is actor or target of; every event without one. */
const involving = (userId: string | undefined) => (userId ? { OR: [{ actorId: userId }, { targetId: userId }] } : {});

export const auditStore = (client: Client) => ({
  /** Append one event. The labels keep the names readable after a user is deleted. */
  record: async (entry: AuditEntry, at: Date) => {
    await client.auditEvent.create({
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
  },
  /** newest first, `take` events after `after`, with actor and target; only a user's when given */
  page: (take: number, after: AuditPosition | undefined, userId: string | undefined) => {
    const filter = involving(userId);
    // the redundant `lte` gives SQLite an index range to start from instead of scanning from the top
    const where = after ? { AND: [filter, { createdAt: { lte: after.at } }, { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] } : filter;
    // actor and target come with the page in one IN query each, never one per row
    return client.auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, include: { actor: true, target: true } });
  },
  count: (userId: string | undefined) => client.auditEvent.count({ where: involving(userId) }),
});
