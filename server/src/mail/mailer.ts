import type { Transporter } from "nodemailer";
import type { RootStore, Store } from "../db/store.ts";
import { createOutbox } from "./outbox.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** a short label for logs: never the content, which may hold a code or a link */
  kind: string;
}

export interface StoredMail extends Omit<MailMessage, "kind"> {
  id: number;
  from: string;
  sentAt: string;
}

export interface MailLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

interface MailerOptions {
  store: RootStore;
  /** seals queued mail at rest (DATA_KEY) */
  dataKey: Buffer;
  smtpUrl?: string;
  from: string;
  log: MailLog;
  /** waits between attempts; a mail is tried once more per entry */
  retryDelaysMs?: number[];
  /** how long a sender holds a claimed mail (config.mailLeaseMs) */
  leaseMs?: number;
}

export interface Mailer {
  /**
   * Queue a mail in `tx`: pass the transaction of the change that causes it, so the mail is
   * queued exactly when the change commits. It is sent in the background, retried with backoff,
   * by whichever instance claims it first; a slow or down SMTP server never fails the request.
   */
  send(message: MailMessage, tx?: Store): Promise<void>;
  /** The embedded dev mailbox (newest first); empty when SMTP is used. */
  devMailbox(): StoredMail[];
  /** Start sending queued mail, this instance's and any other's. */
  start(): void;
  /** Stop claiming, wait for sends in flight (bounded), then close the transport. Unsent mail stays queued. */
  close(timeoutMs?: number): Promise<void>;
}

const DEV_MAILBOX_SIZE = 200;

// a stuck SMTP server fails the attempt (to be retried) in seconds, not nodemailer's 2 and 10 minutes
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createMailer({ store, dataKey, smtpUrl, from, log, retryDelaysMs = [1000, 5000, 30_000, 120_000], leaseMs = 60_000 }: MailerOptions): Mailer {
  // pooled: a new-sign-in notice goes out at nearly every sign-in, and a connection (and its
  // greeting, EHLO, STARTTLS) per mail cost more event-loop time than the rest of the sign-in
  // nodemailer is loaded at the first mail, not at start (a dev mailbox never loads it)
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) => (transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport({ url, pool: true, ...SMTP_TIMEOUTS })));
  const devMailbox: StoredMail[] = [];
  let nextId = 1;

  async function deliver(message: Omit<MailMessage, "kind">): Promise<void> {
    if (!smtpUrl) {
      devMailbox.unshift({ id: nextId++, from, sentAt: new Date().toISOString(), ...message });
      devMailbox.length = Math.min(devMailbox.length, DEV_MAILBOX_SIZE);
      return;
    }
    await (await smtp(smtpUrl)).sendMail({ from, ...message });
  }

  const outbox = createOutbox({ store, dataKey, deliver, log, retryDelaysMs, leaseMs });
  return {
    send: outbox.queue,
    devMailbox: () => devMailbox,
    start: outbox.start,
    async close(timeoutMs = 5000) {
      await outbox.stop(timeoutMs);
      (await transport)?.close();
    },
  };
}
