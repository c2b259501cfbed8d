// The only file that listens: loads the environment, builds the app, and closes it gracefully.
import "./lib/heap-for-size.ts";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, loadDotEnv, type Config } from "./config.ts";
import { DatabaseUnreachable } from "./db/client.ts";
import { lowerThreadPoolPriority } from "./lib/thread-pool-priority.ts";

const SHUTDOWN_GRACE_MS = 10_000;

// Browsers treat these as secure contexts and keep Secure cookies from them over plain http.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Production sets Secure, __Host- cookies; a browser drops them from a plain http:// site
 * that is not this machine, so every sign-in "works" and is forgotten at once. A warning, not
 * a refusal: the API itself still serves Bearer clients; only browser sign-in breaks.
 */
function plainHttpOriginWarning(config: Config): string | null {
  const origin = new URL(config.webOrigin);
  if (!config.production || origin.protocol !== "http:" || LOCAL_HOSTS.has(origin.hostname)) return null;
  return `WEB_ORIGIN ${config.webOrigin} is not https: browsers drop the Secure __Host- cookies production sets, so sign-in will not stick. Serve the web app over https:// and set WEB_ORIGIN to that address.`;
}

async function main() {
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
  const app = await buildApp({ config }).catch((error) => {
    if (!(error instanceof DatabaseUnreachable)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  const plainHttp = plainHttpOriginWarning(config);
  if (plainHttp) app.log.warn(plainHttp);
  await app.listen({ port: config.port, host: config.host });
  if (config.devMailbox) app.log.info(`dev mailbox: http://${config.host}:${config.port}/dev/mail`);
  // after listening, so the first answer does not wait for it (~0.3 s of work on the pool)
  void lowerThreadPoolPriority().then((lowered) => {
    if (lowered === 0 && process.platform === "linux") app.log.warn("password hashing runs at normal priority: other requests may wait behind sign-ins");
  });

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
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

void main(); // a failure is an unhandled rejection: printed, and the exit code is 1
