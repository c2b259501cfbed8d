import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { parseMail } from "./parse-mail.ts";

export interface CaughtMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailCatcher {
  port: number;
  messages: CaughtMail[];
  /** The first mail (already caught or still to come) that matches and was not taken before. */
  next(filter?: { to?: string; subject?: RegExp }, timeoutMs?: number): Promise<CaughtMail>;
  /** The 6-digit code of the next OTP mail to `email`. */
  otpFor(email: string): Promise<string>;
  /** The reset link of the next reset mail to `email`. */
  resetTokenFor(email: string): Promise<string>;
  /**
   * Hold the next mail: its data is read but not answered, so the sender is left waiting mid-send.
   * Resolves when it has arrived; `accept()` then answers "250 OK" (and it is caught as usual).
   */
  holdNext(): Promise<{ accept(): void }>;
  stop(): Promise<void>;
}

/** A real SMTP server on a loopback port (a free one unless given); the app's nodemailer sends to it. */
export async function startMailCatcher(listenPort = 0): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const taken = new Set<CaughtMail>();
  const waiters = new Set<() => void>();
  let hold: ((accept: () => void) => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // stop() drops the app's pooled connections at once, as a restarting mail server does
    closeTimeout: 100,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const accept = () => {
          messages.push(parseMail(Buffer.concat(chunks).toString("utf8")));
          for (const wake of waiters) wake();
          callback();
        };
        if (!hold) return accept();
        hold(accept);
        hold = undefined;
      });
    },
  });
  // a sender that dies mid-session (an app killed by the crash test) must not take the catcher down
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;

  async function next(filter: { to?: string; subject?: RegExp } = {}, timeoutMs = 10_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find((m) => !taken.has(m) && (!filter.to || m.to === filter.to) && (!filter.subject || filter.subject.test(m.subject)));
      if (found) {
        taken.add(found);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no mail to ${filter.to ?? "anyone"} matching ${filter.subject ?? "anything"} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = () => (waiters.delete(wake), clearTimeout(timer), resolve());
        const timer = setTimeout(wake, Math.max(1, deadline - Date.now()));
        waiters.add(wake);
      });
    }
  }

  return {
    port,
    messages,
    next,
    async otpFor(email) {
      const mail = await next({ to: email, subject: /\d{6}/ });
      return /(\d{6})/.exec(mail.subject)![1];
    },
    async resetTokenFor(email) {
      const mail = await next({ to: email, subject: /reset/i });
      return /[?&]token=([\w-]+)/.exec(mail.text)![1];
    },
    holdNext: () => new Promise((resolve) => (hold = (accept) => resolve({ accept }))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
