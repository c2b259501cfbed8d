import { capability } from "../graphql/modules.ts";
import { devMailRoutes } from "./dev-mail-routes.ts";

/** Mail: the dev mailbox where there is no SMTP server; the transport closes with the app. */
export const mailPlugin = capability("mail", async (app) => {
  if (app.deps.config.devMailbox) await app.register(devMailRoutes);
  app.addHook("onClose", () => app.deps.mailer.close());
});
