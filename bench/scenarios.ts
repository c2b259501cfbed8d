// The scenarios of issue #7: which server each one starts, the request it sends, and a
// one-request check (before any load) that the answer is the real thing, not an error.
import { RETURNING_BROWSER, returningAddress, type Fixture } from "./prepare-db.ts";
import type { LoadOptions } from "./load.ts";
import type { BetterAuthFixture } from "./prepare-better-auth.ts";
import { BENCH_ORIGIN } from "./servers/better-auth-options.mjs";
import { BUILT_API } from "./server-process.ts";
import { compact, LOGIN as LOGIN_DOCUMENT, ME as ME_DOCUMENT, USERS as USERS_DOCUMENT } from "./operations.ts";

/** The bench's `me`, as sent (bench/costs.ts sends it too). */
export const ME = compact(ME_DOCUMENT);
const LOGIN = compact(LOGIN_DOCUMENT);
const USERS = compact(USERS_DOCUMENT);

export const servers = {
  // the built API (`pnpm start:api` runs the same file): run.ts builds it first
  api: BUILT_API,
  fastify: "bench/servers/fastify-me.ts",
  apollo: "bench/servers/apollo.ts",
  yoga: "bench/servers/yoga.ts",
  argon2: "bench/servers/argon2.ts",
  betterAuth: "bench/servers/better-auth.mjs",
  scrypt: "bench/servers/scrypt.mjs",
} as const;

/** Our fixture and Better Auth's (bench/prepare-better-auth.ts); ours on PostgreSQL too (bench/postgres.ts) unless --only leaves it out. */
export type BenchFixture = Fixture & { betterAuth: BetterAuthFixture; postgres?: Fixture };

export type ServerName = keyof typeof servers;
type Load = Omit<LoadOptions, "url" | "seconds">;

export interface Scenario {
  name: string;
  server: ServerName;
  load: Load;
  /** what one response must contain */
  expect: (body: any) => boolean;
  /** a load that runs at the same time (on the same server); its numbers are not reported */
  background?: Load;
  /** the server's environment on top of the fixture's */
  env?: Record<string, string>;
}

// background loads run in processes of their own: each starts on its own range of addresses
let clients = (process.pid % 4096) << 12;
/** every login comes from its own address (the API trusts X-Forwarded-For from loopback) */
const nextIp = () => (++clients, `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`);

const gql = (query: string, variables: object | undefined, headers: Record<string, string> = {}): Load => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify({ query, variables }),
  connections: 10,
});

export function buildScenarios(f: BenchFixture): Scenario[] {
  const meGql = gql(ME, undefined, { cookie: f.cookie });
  const isMe = (b: any) => typeof b?.data?.me?.id === "string" && !b.errors;
  const login = loginLoad(f);
  const isLogin = (b: any) => typeof b?.data?.login?.accessToken === "string";
  const admin = { cookie: f.cookie };
  const isPage = (b: any) => Array.isArray(b?.data?.users?.nodes) && b.data.users.nodes.length > 0 && !b.errors;
  // latency scenarios: a steady rate well below saturation, so p50/p99 measure the work, not a queue
  const steady = { connections: 2, overallRate: 200 };
  const adminPace = { connections: 1, overallRate: 50 }; // one admin paging at most 50 pages a second
  return [
    { name: "me_graphql", server: "api", load: meGql, expect: isMe },
    // the same request with an HS256 token on a server in compatibility mode: what ES256 costs
    { name: "me_graphql_hs256", server: "api", load: gql(ME, undefined, { cookie: f.hs256Cookie }), env: { JWT_ALGORITHM: "HS256" }, expect: isMe },
    { name: "me_fastify", server: "fastify", load: { path: "/me", headers: { cookie: f.cookie }, connections: 10 }, expect: isMe },
    { name: "me_apollo", server: "apollo", load: meGql, expect: isMe },
    { name: "me_yoga", server: "yoga", load: meGql, expect: isMe },
    { name: "login", server: "api", load: login, expect: isLogin },
    { name: "login_new_device", server: "api", load: loginLoad(f, "new"), expect: isLogin },
    {
      name: "argon2_verify",
      server: "argon2",
      load: { method: "POST", path: "/verify", headers: { "content-type": "application/json" }, body: JSON.stringify({ password: f.password }), connections: 8 },
      expect: (b) => b?.ok === true,
    },
    ...betterAuthScenarios(f.betterAuth),
    { name: "me_during_login", server: "api", load: { ...meGql, ...steady }, background: login, expect: isMe },
    { name: "users_first_page", server: "api", load: { ...gql(USERS, {}, admin), ...adminPace }, expect: isPage },
    { name: "users_later_page", server: "api", load: { ...gql(USERS, { after: f.laterPageCursor }, admin), ...adminPace }, expect: isPage },
    { name: "users_search", server: "api", load: { ...gql(USERS, { filter: { search: "rossi" } }, admin), ...adminPace }, expect: isPage },
    // the same API, me and login on PostgreSQL: its DATABASE_URL and fixture (bench/postgres.ts)
    ...(f.postgres
      ? ([
          { name: "me_graphql_pg", server: "api", load: gql(ME, undefined, { cookie: f.postgres.cookie }), env: f.postgres.env, expect: isMe },
          { name: "login_pg", server: "api", load: loginLoad(f.postgres), env: f.postgres.env, expect: isLogin },
        ] satisfies Scenario[])
      : []),
  ];
}

/**
 * Sign-ins as the fixture's accounts in turn. Returning: each account from its own browser and
 * network, where it signed in before (bench/prepare-db.ts), as most sign-ins are. New device:
 * each from an address never seen, so each also queues and sends a new-sign-in notice mail.
 */
function loginLoad(f: Fixture, device: "returning" | "new" = "returning"): Load {
  let account = 0;
  return {
    ...gql(LOGIN, { identifier: f.loginIdentifiers[0], password: f.password }),
    connections: 8,
    setupRequest: (request) => {
      const i = account++ % f.loginIdentifiers.length;
      const from: Record<string, string> = device === "new" ? { "x-forwarded-for": nextIp() } : { "x-forwarded-for": returningAddress(i), "user-agent": RETURNING_BROWSER };
      return {
        ...request,
        headers: { ...request.headers, ...from },
        body: JSON.stringify({ query: LOGIN, variables: { identifier: f.loginIdentifiers[i], password: f.password } }),
      };
    },
  };
}

/** Better Auth's session check and sign-in, loaded as ours are (same connections, a new address per sign-in). */
function betterAuthScenarios(ba: BetterAuthFixture): Scenario[] {
  let account = 0;
  const json = { "content-type": "application/json" };
  const signIn = () => JSON.stringify({ email: ba.emails[account++ % ba.emails.length], password: ba.password });
  return [
    {
      name: "ba_get_session",
      server: "betterAuth",
      env: ba.env,
      load: { path: "/api/auth/get-session", headers: { cookie: ba.cookie }, connections: 10 },
      expect: (b) => typeof b?.user?.id === "string" && typeof b?.session?.id === "string",
    },
    {
      name: "ba_sign_in",
      server: "betterAuth",
      env: ba.env,
      load: {
        method: "POST",
        path: "/api/auth/sign-in/email",
        headers: { ...json, origin: BENCH_ORIGIN },
        body: signIn(),
        connections: 8,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": nextIp() }, body: signIn() }),
      },
      expect: (b) => typeof b?.token === "string" && typeof b?.user?.id === "string",
    },
    {
      name: "scrypt_verify",
      server: "scrypt",
      env: { BENCH_BETTER_AUTH_HASH: ba.passwordHash },
      load: { method: "POST", path: "/verify", headers: json, body: JSON.stringify({ password: ba.password }), connections: 8 },
      expect: (b) => b?.ok === true,
    },
  ];
}

/** Send one request as the load would (setupRequest applied) and return the parsed body. */
export async function probe(url: string, load: Load): Promise<unknown> {
  const request = load.setupRequest ? load.setupRequest({ headers: load.headers, body: load.body }) : { headers: load.headers, body: load.body };
  const response = await fetch(url + load.path, { method: load.method ?? "GET", headers: request.headers, body: request.body });
  return response.json();
}
