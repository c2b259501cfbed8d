// The only file that listens: loads the environment, builds the app, and closes it gracefully.
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, loadDotEnv } from "./config.ts";
import { lowerThreadPoolPriority } from "./lib/thread-pool-priority.ts";

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const lowered = await lowerThreadPoolPriority();
  const envFile = loadDotEnv();
  let config;
  try {
    config = loadConfig(process.env, envFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp({ config });
  if (lowered === 0 && process.platform === "linux") app.log.warn("password hashing runs at normal priority: other requests may wait behind sign-ins");
  await app.listen({ port: config.port, host: config.host });
  if (config.devMailbox) app.log.info(`dev mailbox: http://${config.host}:${config.port}/dev/mail`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      app.log.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    setTimeout(() => {
      app.log.error("in-flight requests did not finish in time: exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

await main();
