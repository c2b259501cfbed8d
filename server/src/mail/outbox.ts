import { randomUUID } from "node:crypto";
import type { ClaimedMail } from "../db/mail-outbox.ts";
import type { RootStore, Store } from "../db/store.ts";
import { decryptWithDataKey, encryptWithDataKey } from "../lib/data-key.ts";
import type { MailLog, MailMessage } from "./mailer.ts";

// The durable outbox. A mail is a row written in the transaction of the change that causes it,
// sealed with DATA_KEY (address, subject and bodies: codes and reset links are secrets). Each
// instance runs a sender: it claims due rows under a lease, delivers them, and deletes them;
// a failed attempt is retried with backoff. A live sender renews the lease of a slow send; one
// that dies leaves its rows leased, and once the lease runs out another sender (or this one,
// restarted) takes them over. So nothing committed is lost, and no mail is sent by two senders
// unless one could not renew its lease (the database unreachable mid-send).
//
// Times are the real clock's, not deps.clock: they drive this process's timers, and a test's
// manual clock does not move by itself.

type Content = Omit<MailMessage, "kind">;

interface OutboxOptions {
  store: RootStore;
  dataKey: Buffer;
  deliver(message: Content): Promise<void>;
  log: MailLog;
  retryDelaysMs: number[];
  leaseMs: number;
}

/** sends in flight per instance */
const MAX_IN_FLIGHT = 8;
/** a look at the outbox at least this often, should a wake be missed (the database was down) */
const POLL_MS = 30_000;

const sealContext = (id: string) => `mail-outbox:${id}`;

export function createOutbox({ store, dataKey, deliver, log, retryDelaysMs, leaseMs }: OutboxOptions) {
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let draining: Promise<void> | undefined;
  let drainAgain = false;
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe = () => {};

  async function queue({ kind, ...content }: MailMessage, tx: Store = store): Promise<void> {
    const id = randomUUID();
    await tx.mailOutbox.add({ id, kind, sealed: encryptWithDataKey(dataKey, JSON.stringify(content), sealContext(id)), createdAt: Date.now() });
  }

  /** Claim and send what is due now; then sleep until the next mail is due (or the poll). */
  function wake(): void {
    if (!running) return;
    if (draining) {
      drainAgain = true;
      return;
    }
    draining = drain().finally(() => {
      draining = undefined;
      if (drainAgain) {
        drainAgain = false;
        wake();
      }
    });
  }

  async function drain(): Promise<void> {
    clearTimeout(timer);
    let next = Date.now() + POLL_MS;
    try {
      while (running && inFlight.size < MAX_IN_FLIGHT) {
        const now = Date.now();
        const room = MAX_IN_FLIGHT - inFlight.size;
        const claimed = await store.mailOutbox.claim(now, now + leaseMs, room);
        for (const mail of claimed) track(send(mail));
        if (claimed.length < room) break;
      }
      // full: a send that ends wakes the sender
      if (inFlight.size >= MAX_IN_FLIGHT) return;
      const at = await store.mailOutbox.nextClaimableAt();
      if (at !== null) next = Math.min(next, at);
    } catch (error) {
      log.error({ err: { message: (error as Error).message } }, "mail outbox unreachable");
    }
    if (running) timer = setTimeout(wake, Math.max(10, next - Date.now())).unref();
  }

  function track(job: Promise<void>): void {
    inFlight.add(job);
    void job.finally(() => {
      inFlight.delete(job);
      wake();
    });
  }

  async function send(mail: ClaimedMail): Promise<void> {
    const attempt = mail.attempts - 1;
    const renew = setInterval(() => store.mailOutbox.extendLease(mail.id, Date.now() + leaseMs).catch(() => {}), leaseMs / 3).unref();
    let failure: Error | undefined;
    try {
      await deliver(JSON.parse(decryptWithDataKey(dataKey, mail.sealed, sealContext(mail.id)).toString("utf8")) as Content);
    } catch (error) {
      failure = error as Error;
    } finally {
      clearInterval(renew);
    }
    const last = attempt >= retryDelaysMs.length;
    try {
      if (!failure) {
        await store.mailOutbox.remove(mail.id);
        log.info({ mail: mail.kind, attempt }, "mail sent");
        return;
      }
      log.error({ mail: mail.kind, attempt, err: { message: failure.message }, willRetry: !last }, "mail failed");
      await (last ? store.mailOutbox.remove(mail.id) : store.mailOutbox.retryAt(mail.id, Date.now() + retryDelaysMs[attempt]));
    } catch (error) {
      // the lease runs out and the mail is tried again, by whichever sender is free then
      log.error({ mail: mail.kind, err: { message: (error as Error).message } }, "mail outbox unreachable");
    }
  }

  return {
    queue,
    start() {
      if (running) return;
      running = true;
      // a queued mail is sent once the request that queued it has answered: claiming, composing
      // and the SMTP exchange on the event loop would otherwise hold that answer back
      unsubscribe = store.mailOutbox.subscribe(() => setImmediate(wake));
      wake();
    },
    async stop(timeoutMs: number) {
      running = false;
      unsubscribe();
      clearTimeout(timer);
      const settled = (async () => {
        await draining;
        while (inFlight.size) await Promise.allSettled(inFlight);
      })();
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([settled, new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs).unref()))]);
      clearTimeout(timeout);
    },
  };
}
