import { capability, sdlFiles } from "../graphql/modules.ts";
import { mfaResolvers } from "./resolvers.ts";

/** TOTP second factor with recovery codes. */
export const mfaPlugin = capability("mfa", async (app) => {
  app.graphqlModule({ typeDefs: sdlFiles(import.meta.dirname, "mfa.graphql"), resolvers: [mfaResolvers] });
});
