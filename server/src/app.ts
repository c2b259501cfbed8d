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
import { createMailer } from "./mail/mailer.ts";
import { createRateLimits } from "./security/rate-limits.ts";
import { createHashQueue } from "./lib/hash-queue.ts";
import { createBackground } from "./lib/background.ts";
import { underPressure } from "./plugins/under-pressure.ts";
import fp from "fastify-plugin";
import { registerGraphql } from "./graphql/register-graphql.ts";
import { graphqlModules } from "./graphql/modules.ts";
import { healthRoutes } from "./routes/health.ts";
import { graphiqlRoutes } from "./routes/graphiql.ts";
import { adminPlugin } from "./admin/plugin.ts";
import { authPlugin } from "./auth/plugin.ts";
import { avatarsPlugin } from "./avatars/plugin.ts";
import { keysPlugin } from "./keys/plugin.ts";
import { mailPlugin } from "./mail/plugin.ts";
import { mfaPlugin } from "./mfa/plugin.ts";
import { passkeysPlugin } from "./passkeys/plugin.ts";
import { usersPlugin } from "./users/plugin.ts";

declare module "fastify" {
  interface FastifyInstance {
    deps: Deps;
    db: Db;
  }
}

export interface AppOptions {
  config: Config;
  clock?: Clock;
  db?: Db;
  /** mail retry waits, shortened by tests */
  mailRetryDelaysMs?: number[];
  /** where logs go (stdout by default); tests read them to prove no secret is logged */
  logStream?: Writable;
}

// Never log a query string: a GET /graphql carries its variables there.
const requestSerializer = (req: { method: string; url: string; ip: string }) => ({ method: req.method, url: req.url.split("?")[0], ip: req.ip });

// The capabilities, each a plugin with its own schema, routes and start-up work. A new one is
// a folder of its own and one line here.
const capabilities = [usersPlugin, authPlugin, mfaPlugin, passkeysPlugin, adminPlugin, avatarsPlugin, keysPlugin, mailPlugin];

/**
 * The whole app as a plugin: shared services (deps), external plugins, the capabilities, then
 * GraphQL built from what they brought. server.ts, the tests and the bench register it.
 */
export const authkit = fp(
  async (app: FastifyInstance, options: AppOptions) => {
    const { config } = options;
    const db = options.db ?? (await createDb(config.database));
    const store = createStore(db);
    await store.prepare();
    const mailer = createMailer({
      store,
      dataKey: config.dataKey,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      log: app.log,
      retryDelaysMs: options.mailRetryDelaysMs,
      leaseMs: config.mailLeaseMs,
    });
    app.decorate("db", db); // for tests and tools that look at the rows themselves; services use the store
    app.decorate("deps", {
      store,
      config,
      clock: options.clock ?? systemClock,
      mailer,
      limits: createRateLimits(store.rateLimits, config.rateLimits),
      hashing: createHashQueue(config.hashing),
      background: createBackground(app.log),
      log: app.log,
    } satisfies Deps);
    app.addHook("onClose", async () => {
      await app.deps.background.settled();
      await store.close();
    });

    await app.register(securityHeaders);
    await app.register(corsForWebOrigin);
    await app.register(cookie);
    await app.register(underPressure);
    await app.register(healthRoutes);
    if (config.graphiql) await app.register(graphiqlRoutes);
    await app.register(graphqlModules);
    for (const plugin of capabilities) await app.register(plugin);
    await registerGraphql(app);
  },
  { name: "authkit" },
);

/** A Fastify server (not listening) with the app registered and ready. */
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
    // the route schemas are Mercurius's own, fixed: checking them against JSON Schema's
    // meta-schema compiled that meta-schema at every start (~60 ms of the cold start)
    ajv: { customOptions: { validateSchema: false } },
  });
  await app.register(authkit, options);
  await app.ready();
  return app;
}
