// Baseline: `me` as a bare Fastify route. Same work as the API: cookie, JWT verify, session
// check and user read through authenticateAccessToken; the same JSON as the GraphQL answer.
import Fastify from "fastify";
import cookie from "@fastify/cookie";
import { authenticateAccessToken } from "../../server/src/auth/authenticate.ts";
import type { User } from "../../server/src/generated/prisma/client.ts";
import { avatarUrl } from "../../server/src/users/resolvers.ts";
import { buildDeps, port } from "./deps.ts";

const deps = await buildDeps();
const name = `${deps.config.cookiePrefix}access_token`;

const toJson = (u: User) => ({
  id: u.id,
  username: u.username,
  email: u.email,
  pendingEmail: u.pendingEmail,
  name: u.name,
  bio: u.bio,
  avatarUrl: avatarUrl(u.avatarFile),
  role: u.role,
  emailVerified: u.emailVerified,
  disabled: u.disabled,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
});

const app = Fastify({ logger: false });
await app.register(cookie);
app.get("/me", async (request) => {
  const token = request.cookies[name];
  const viewer = token ? await authenticateAccessToken(deps, token) : null;
  return { data: { me: viewer ? toJson(viewer.user) : null } };
});
await app.listen({ port: port(), host: "127.0.0.1" });
