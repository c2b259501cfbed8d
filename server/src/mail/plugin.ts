import { capability } from "../graphql/modules.ts";
import { devMailRoutes } from "./dev-mail-routes.ts";

/** Mail: the outbox's sender runs while the app does; the dev mailbox where there is no SMTP server. */
export const mailPlugin = capability("mail", async (app) => {
  if (app.deps.config.devMailbox) await app.register(devMailRoutes);
  app.addHook("onReady", async () => app.deps.mailer.start());
  app.addHook("onClose", () => app.deps.mailer.close());
});
