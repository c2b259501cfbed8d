import { capability, sdlFiles } from "../graphql/modules.ts";
import { adminResolvers } from "./resolvers.ts";

/** Admin lists, stats, actions and the audit log. */
export const adminPlugin = capability("admin", async (app) => {
  app.graphqlModule({ typeDefs: sdlFiles(import.meta.dirname, "admin.graphql"), resolvers: [adminResolvers] });
});
