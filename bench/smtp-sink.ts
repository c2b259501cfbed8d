// A tiny SMTP server that accepts and drops every mail: the servers get a real SMTP_URL.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export async function startSmtpSink(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // stop() drops the app's pooled connections at once, as a restarting mail server does
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
