import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import type { Writable } from "node:stream";
import { securityHeaders } from "./plugins/security-headers.ts";
import { corsForWebOrigin } from "./plugins/cors.ts";
import type { Config } from "./config.ts";
import { createDb, type Db } from "./db/client.ts";
import { createStore } from "./db/store.ts";
import type { Deps } from "./deps.ts";
import { systemClock, type Clock } from "./lib/clock.ts";
import { createMailer, type Mailer } from "./mail/mailer.ts";
import { createRateLimits } from "./security/rate-limits.ts";
import { registerGraphql } from "./graphql/register-graphql.ts";
import { healthRoutes } from "./routes/health.ts";
import { devMailRoutes } from "./routes/dev-mail.ts";
import { graphiqlRoutes } from "./routes/graphiql.ts";
import { avatarFileRoutes } from "./routes/avatar-files.ts";
import { jwksRoutes } from "./routes/jwks.ts";
import { loadSigningKeys } from "./keys/signing-keys.ts";
import { sweepOrphanAvatarFiles } from "./avatars/avatar-files.ts";

declare module "fastify" {
  interface FastifyInstance {
    deps: Deps;
    db: Db;
  }
}

interface AppOptions {
  config: Config;
  clock?: Clock;
  db?: Db;
  mailer?: Mailer;
  /** mail retry waits, shortened by tests */
  mailRetryDelaysMs?: number[];
  /** where logs go (stdout by default); tests read them to prove no secret is logged */
  logStream?: Writable;
}

// Never log a query string: a GET /graphql carries its variables there.
const requestSerializer = (req: { method: string; url: string; ip: string }) => ({ method: req.method, url: req.url.split("?")[0], ip: req.ip });

/** Build the whole app (not listening): external plugins, then ours, then routes and GraphQL. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: { req: requestSerializer as never },
      redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy: config.trustProxy as boolean | string, // a number (hop count) is accepted at run time too
    bodyLimit: 1024 * 1024,
  });

  const db = options.db ?? (await createDb(config.databaseFile));
  const store = createStore(db);
  await store.prepare();
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log: app.log, retryDelaysMs: options.mailRetryDelaysMs });
  const startedAt = new Date();
  app.decorate("db", db); // for tests and tools that look at the rows themselves; services use the store
  app.decorate("deps", { store, config, clock: options.clock ?? systemClock, mailer, limits: createRateLimits(config.rateLimits), log: app.log } satisfies Deps);
  await sweepOrphanAvatarFiles(app.deps, startedAt);
  await loadSigningKeys(app.deps); // the first start makes the first key
  app.addHook("onClose", async () => {
    await mailer.close();
    await store.close();
  });

  await app.register(securityHeaders);
  await app.register(corsForWebOrigin);
  await app.register(cookie);
  await app.register(healthRoutes);
  await app.register(avatarFileRoutes);
  await app.register(jwksRoutes);
  if (config.devMailbox) await app.register(devMailRoutes);
  if (config.graphiql) await app.register(graphiqlRoutes);
  await registerGraphql(app);
  return app;
}
