// Configuration: the environment parsed and validated once at start, typed for the rest.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseDuration } from "./lib/duration.ts";
import { generateDataKey, parseDataKey } from "./lib/data-key.ts";
import { parseRateLimits } from "./security/rate-limits.ts";
import { defaultHashConcurrency } from "./lib/hash-queue.ts";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

const fromRoot = (p: string) => (path.isAbsolute(p) ? p : path.resolve(repoRoot, p));

const boolish = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().default("file:./prisma/dev.db"),
  JWT_SECRET: z.string().optional(),
  // access tokens: asymmetric keys from the database by default; HS256 (JWT_SECRET) only for compatibility
  JWT_ALGORITHM: z.enum(["ES256", "EdDSA", "RS256", "HS256"]).default("ES256"),
  DATA_KEY: z.string().optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Authkit <no-reply@localhost>"),
  // how long a claimed mail waits for a sender that stopped renewing its hold (mail/outbox.ts)
  MAIL_LEASE: z.string().default("1m"),
  UPLOAD_DIR: z.string().default("./uploads"),
  WEB_ORIGIN: z.url().default("http://localhost:5173"),
  ACCESS_TOKEN_TTL: z.string().default("15m"),
  REFRESH_TOKEN_TTL: z.string().default("7d"),
  GRAPHIQL: boolish.optional(),
  // X-Forwarded-For is believed only from these peers. Loopback by default: the web app's
  // server (or a local reverse proxy) forwards for the browser; a remote peer is never trusted.
  TRUST_PROXY: z.string().default("loopback"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  // overrides of the rate-limit table, e.g. register.ip=50/1h,login.ip=60/5m (security/rate-limits.ts)
  RATE_LIMITS: z.string().optional(),
  // passkeys: the RP ID is WEB_ORIGIN's host unless a parent domain is named
  WEBAUTHN_RP_ID: z.string().optional(),
  WEBAUTHN_RP_NAME: z.string().default("authkit"),
  // overload (lib/hash-queue.ts, plugins/under-pressure.ts): hashes at once (default: one per
  // core, at most the thread pool's size), the longest a hash may expect to wait before
  // SERVER_BUSY, and the mean event-loop delay beyond which requests get 503 (0: never; the
  // default under tests, whose busy machine would trip it at random)
  HASH_CONCURRENCY: z.coerce.number().int().min(1).max(1024).optional(),
  HASH_QUEUE_WAIT_MS: z.coerce.number().int().min(0).default(1000),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).optional(),
});

export type Config = ReturnType<typeof buildConfig>;

function buildConfig(env: z.infer<typeof envSchema>, jwtSecret: string, dataKey: Buffer) {
  const production = env.NODE_ENV === "production";
  const webOrigin = new URL(env.WEB_ORIGIN).origin;
  return {
    nodeEnv: env.NODE_ENV,
    production,
    port: env.PORT,
    host: env.HOST,
    /** the SQLite file (absolute), or a postgresql:// URL */
    database: isPostgresUrl(env.DATABASE_URL) ? env.DATABASE_URL : fromRoot(env.DATABASE_URL.replace(/^file:/, "")),
    jwtSecret,
    jwtAlgorithm: env.JWT_ALGORITHM,
    /** 32 bytes: AES-256-GCM key for secrets at rest (lib/data-key.ts) */
    dataKey,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    mailLeaseMs: parseDuration(env.MAIL_LEASE) * 1000,
    uploadDir: fromRoot(env.UPLOAD_DIR),
    webOrigin,
    accessTokenTtlSeconds: parseDuration(env.ACCESS_TOKEN_TTL),
    refreshTokenTtlSeconds: parseDuration(env.REFRESH_TOKEN_TTL),
    graphiql: env.GRAPHIQL ?? !production,
    devMailbox: !production && !env.SMTP_URL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimits: parseRateLimits(env.RATE_LIMITS),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    cookiePrefix: production ? "__Host-" : "",
    jwtIssuer: "authkit",
    jwtAudience: "authkit",
    webauthnRpId: webauthnRpId(env.WEBAUTHN_RP_ID, webOrigin),
    webauthnRpName: env.WEBAUTHN_RP_NAME,
    hashing: { concurrency: env.HASH_CONCURRENCY ?? defaultHashConcurrency(), maxWaitMs: env.HASH_QUEUE_WAIT_MS },
    maxEventLoopDelayMs: env.MAX_EVENT_LOOP_DELAY_MS ?? (env.NODE_ENV === "test" ? 0 : 500),
  };
}

/** Browsers accept an RP ID only if it is the origin's host or a parent domain of it: say so at start. */
function webauthnRpId(value: string | undefined, webOrigin: string): string {
  const host = new URL(webOrigin).hostname;
  const rpId = value?.toLowerCase() ?? host;
  if (host !== rpId && !host.endsWith(`.${rpId}`)) throw new Error(`WEBAUTHN_RP_ID must be ${host} or a parent domain of it.`);
  return rpId;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** At least 256 bits: 32 bytes, written as 43+ base64 characters or 64 hex. */
const strongEnough = (secret: string) => secret.length >= 43;

export class ConfigError extends Error {}

/**
 * Parse and validate the environment. Outside production a missing JWT_SECRET is generated
 * and written to `.env` (when `envFile` is given) so that sessions survive restarts.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, envFile?: string): Config {
  // an empty value (KEY= in .env) means unset
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new ConfigError(`Invalid environment:\n${lines}`);
  }
  const env = parsed.data;
  let secret = env.JWT_SECRET;
  if (env.NODE_ENV === "production") {
    if (!secret) throw new ConfigError("JWT_SECRET is required in production.");
    if (!strongEnough(secret)) throw new ConfigError("JWT_SECRET must carry at least 256 bits (43+ characters).");
  } else if (!secret) {
    secret = randomBytes(48).toString("base64url");
    if (envFile) {
      const prefix = existsSync(envFile) ? "\n" : "";
      appendFileSync(envFile, `${prefix}# generated on first start; keep it secret\nJWT_SECRET=${secret}\n`, { mode: 0o600 });
    }
  }
  let dataKey = env.DATA_KEY;
  if (!dataKey && env.NODE_ENV === "production") throw new ConfigError("DATA_KEY is required in production (32 bytes, base64 or hex).");
  if (!dataKey) {
    dataKey = generateDataKey();
    // kept in .env so that stored secrets still open after a restart; a test run gets a
    // throwaway key and leaves the developer's .env alone
    if (envFile && env.NODE_ENV !== "test") {
      const prefix = existsSync(envFile) ? "\n" : "";
      appendFileSync(envFile, `${prefix}# generated on first start; keep it secret: it encrypts stored secrets\nDATA_KEY=${dataKey}\n`, { mode: 0o600 });
    }
  }
  try {
    return buildConfig(env, secret, parseDataKey(dataKey));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** Load the git-ignored `.env` at the repository root into process.env, if there is one. */
export function loadDotEnv(file = path.join(repoRoot, ".env")): string {
  if (existsSync(file)) process.loadEnvFile(file);
  return file;
}
