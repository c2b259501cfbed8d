import { capability, sdlFiles } from "../graphql/modules.ts";
import { userResolvers } from "./resolvers.ts";

/** The User type and the viewer's own profile. */
export const usersPlugin = capability("users", async (app) => {
  app.graphqlModule({ typeDefs: sdlFiles(import.meta.dirname, "users.graphql"), resolvers: [userResolvers] });
});
