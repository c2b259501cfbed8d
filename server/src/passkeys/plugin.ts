import { capability, sdlFiles } from "../graphql/modules.ts";
import { passkeyResolvers } from "./resolvers.ts";

/** Passkeys (WebAuthn). */
export const passkeysPlugin = capability("passkeys", async (app) => {
  app.graphqlModule({ typeDefs: sdlFiles(import.meta.dirname, "passkeys.graphql"), resolvers: [passkeyResolvers] });
});
