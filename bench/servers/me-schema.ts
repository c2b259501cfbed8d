// The SDL subset and resolvers that Apollo and Yoga serve: the API's own `User` type, `Role`,
// `DateTime` and `Query.me`, with the API's own resolver functions.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Deps } from "../../server/src/deps.ts";
import { authenticateAccessToken, type Viewer } from "../../server/src/auth/authenticate.ts";
import { DateTime } from "../../server/src/graphql/scalars.ts";
import { userResolvers } from "../../server/src/users/resolvers.ts";
import { accessTokenFromCookie } from "./deps.ts";

const src = path.resolve(import.meta.dirname, "../../server/src");
const userType = readFileSync(path.join(src, "users/users.graphql"), "utf8").match(/type User \{[^}]*\}/)![0];

export const meTypeDefs = `
scalar DateTime
enum Role { USER ADMIN SUPER_ADMIN }
${userType}
type Query { me: User }
`;

export const meResolvers = {
  DateTime,
  Query: { me: userResolvers.Query.me },
  User: userResolvers.User,
};

/** The same lazy viewer the API's context offers its resolvers. */
export function meContext(deps: Deps, cookieHeader: string | undefined | null) {
  const token = accessTokenFromCookie(cookieHeader ?? undefined, deps);
  let viewer: Promise<Viewer | null> | undefined;
  return { deps, viewer: () => (viewer ??= token !== undefined ? authenticateAccessToken(deps, token) : Promise.resolve(null)) };
}
