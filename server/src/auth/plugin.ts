import { capability, sdlFiles } from "../graphql/modules.ts";
import { passwordResetResolvers } from "./password-reset-resolvers.ts";
import { authResolvers } from "./resolvers.ts";

/** Sign-up, sign-in, sessions and password reset. */
export const authPlugin = capability("auth", async (app) => {
  app.graphqlModule({ typeDefs: sdlFiles(import.meta.dirname, "auth.graphql", "password-reset.graphql"), resolvers: [authResolvers, passwordResetResolvers] });
});
