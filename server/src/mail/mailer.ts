import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";

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

interface MailLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

interface MailerOptions {
  smtpUrl?: string;
  from: string;
  log: MailLog;
  /** waits between attempts; a send is tried once more per entry */
  retryDelaysMs?: number[];
}

export interface Mailer {
  /** Queue a mail: sent in the background and retried with backoff, so a slow or down SMTP server never fails the request. */
  send(message: MailMessage): void;
  /** The embedded dev mailbox (newest first); empty when SMTP is used. */
  outbox(): StoredMail[];
  /** Wait for queued mail (bounded), then close the transport. */
  close(timeoutMs?: number): Promise<void>;
}

const OUTBOX_SIZE = 200;

export function createMailer({ smtpUrl, from, log, retryDelaysMs = [1000, 5000, 30_000, 120_000] }: MailerOptions): Mailer {
  const transport: Transporter | undefined = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  const outbox: StoredMail[] = [];
  const pending = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let nextId = 1;
  let closing = false;

  async function deliver(message: MailMessage): Promise<void> {
    const { kind: _kind, ...mail } = message;
    if (!transport) {
      outbox.unshift({ id: nextId++, from, sentAt: new Date().toISOString(), ...mail });
      outbox.length = Math.min(outbox.length, OUTBOX_SIZE);
      return;
    }
    await transport.sendMail({ from, ...mail });
  }

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  async function sendWithRetries(message: MailMessage): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await deliver(message);
        log.info({ mail: message.kind, attempt }, "mail sent");
        return;
      } catch (error) {
        const last = attempt >= retryDelaysMs.length || closing;
        log.error({ mail: message.kind, attempt, err: { message: (error as Error).message }, willRetry: !last }, "mail failed");
        if (last) return;
        await wait(retryDelaysMs[attempt]);
      }
    }
  }

  return {
    send(message) {
      const job = sendWithRetries(message).finally(() => pending.delete(job));
      pending.add(job);
    },
    outbox: () => outbox,
    async close(timeoutMs = 5000) {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      transport?.close();
    },
  };
}
