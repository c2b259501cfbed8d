import { Prisma } from "../generated/prisma/client.ts";
import type { Client, Db } from "./client.ts";
import type { FastPaths } from "./fast-paths.ts";

// The mail outbox (server/src/mail/outbox.ts): rows queued in the transaction of the change
// that causes them, claimed by one sender at a time under a lease, deleted once sent.
// Times are epoch ms (BigInt columns), so the same raw SQL runs on both stores.

export interface QueuedMail {
  id: string;
  kind: string;
  sealed: string;
  createdAt: number;
}

export interface ClaimedMail {
  id: string;
  kind: string;
  sealed: string;
  /** attempts started, this one included */
  attempts: number;
}

// Wakes the senders of this process as soon as a mail is written, even inside a transaction: a
// claim then waits for that transaction to end, so it finds the mail once committed (or nothing
// after a rollback). On SQLite the connection does that (serialized-adapter.ts); on PostgreSQL
// an advisory lock: a transaction that queues mail holds it shared, a claim takes it exclusive.
const wakers = new WeakMap<FastPaths, Set<() => void>>();
/** a claimed row as either store returns it (attempts: a bigint on some drivers) */
type ClaimRow = Omit<ClaimedMail, "attempts"> & { attempts: number | bigint };
const QUEUEING = 0x6d61696c; // the advisory lock's key ("mail")

export const mailOutboxStore = (client: Client, fast: FastPaths, inTransaction: boolean) => ({
  add: async (mail: QueuedMail) => {
    const insert = Prisma.sql`INSERT INTO "MailOutbox" ("id", "kind", "sealed", "attempts", "dueAt", "leaseUntil", "createdAt")
      VALUES (${mail.id}, ${mail.kind}, ${mail.sealed}, 0, ${BigInt(mail.createdAt)}, 0, ${BigInt(mail.createdAt)})`;
    if (inTransaction) {
      if (fast.dialect === "postgres") await client.$executeRaw`SELECT pg_advisory_xact_lock_shared(${QUEUEING})`;
      await client.$executeRaw(insert);
    } else {
      // committed by itself before the wake below, so a claim finds it without a lock; past
      // Prisma (~0.8 ms of CPU through it, ~0.1 here): a new-sign-in notice queues one at nearly every sign-in
      await fast.execute(insert);
    }
    for (const wake of wakers.get(fast) ?? []) wake();
  },

  /** call `wake` whenever this process queues mail; returns the unsubscribe */
  subscribe: (wake: () => void) => {
    const set = wakers.get(fast) ?? new Set();
    wakers.set(fast, set.add(wake));
    return () => void set.delete(wake);
  },

  /**
   * Claim up to `limit` mails that are due and not held by another sender, holding them
   * until `leaseUntil`. One statement: of two senders claiming at once, each row goes to one.
   */
  claim: async (now: number, leaseUntil: number, limit: number): Promise<ClaimedMail[]> => {
    const postgres = fast.dialect === "postgres";
    const claimSql = Prisma.sql`
      UPDATE "MailOutbox" SET "leaseUntil" = ${BigInt(leaseUntil)}, "attempts" = "attempts" + 1
      WHERE "leaseUntil" <= ${BigInt(now)} AND "id" IN (
        SELECT "id" FROM "MailOutbox" WHERE "dueAt" <= ${BigInt(now)} AND "leaseUntil" <= ${BigInt(now)}
        ORDER BY "dueAt" LIMIT ${limit} ${postgres ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty}
      )
      RETURNING "id", "kind", "sealed", "attempts"`;
    const claim = (on: Client) => on.$queryRaw<ClaimRow[]>(claimSql);
    // the sender's own statements (never inside a change's transaction) run past Prisma's pipeline
    const rows = postgres
      ? await (client as Db).$transaction(async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${QUEUEING})`;
          return claim(tx);
        })
      : await fast.execute<ClaimRow>(claimSql);
    return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
  },

  /** the sender still works on it: hold it longer */
  extendLease: async (id: string, leaseUntil: number) => void (await fast.execute(Prisma.sql`UPDATE "MailOutbox" SET "leaseUntil" = ${BigInt(leaseUntil)} WHERE "id" = ${id}`)),

  /** sent, or given up: gone */
  remove: async (id: string) => void (await fast.execute(Prisma.sql`DELETE FROM "MailOutbox" WHERE "id" = ${id}`)),

  /** a failed attempt: try again from `dueAt`, by whichever sender is free then */
  retryAt: async (id: string, dueAt: number) => void (await fast.execute(Prisma.sql`UPDATE "MailOutbox" SET "dueAt" = ${BigInt(dueAt)}, "leaseUntil" = 0 WHERE "id" = ${id}`)),

  /** the earliest time a queued mail can be claimed (its due time, or its lease's end), if any is queued */
  nextClaimableAt: async (): Promise<number | null> => {
    const [row] = await fast.query<{ at: number | bigint | string | null }>(
      Prisma.sql`SELECT MIN(CASE WHEN "leaseUntil" > "dueAt" THEN "leaseUntil" ELSE "dueAt" END) AS "at" FROM "MailOutbox"`,
    );
    return row?.at == null ? null : Number(row.at);
  },
});
