import { readFileSync } from "node:fs";
import path from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { adminResolvers } from "../admin/resolvers.ts";
import { authResolvers } from "../auth/resolvers.ts";
import { passwordResetResolvers } from "../auth/password-reset-resolvers.ts";
import { userResolvers } from "../users/resolvers.ts";
import { mfaResolvers } from "../mfa/resolvers.ts";
import { passkeyResolvers } from "../passkeys/resolvers.ts";
import { applyAuthDirectives } from "./directives.ts";
import { scalarResolvers } from "./scalars.ts";

// Each capability keeps its SDL and resolvers in its own folder; they meet here.
const sdlFiles = ["graphql/base.graphql", "users/users.graphql", "auth/auth.graphql", "auth/password-reset.graphql", "admin/admin.graphql", "mfa/mfa.graphql", "passkeys/passkeys.graphql"];

const resolvers = [scalarResolvers, userResolvers, authResolvers, passwordResetResolvers, adminResolvers, mfaResolvers, passkeyResolvers];

export function buildSchema() {
  const src = path.resolve(import.meta.dirname, "..");
  const typeDefs = sdlFiles.map((file) => readFileSync(path.join(src, file), "utf8"));
  return applyAuthDirectives(makeExecutableSchema({ typeDefs, resolvers }));
}
