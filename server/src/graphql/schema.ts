import { makeExecutableSchema } from "@graphql-tools/schema";
import { applyAuthDirectives } from "./directives.ts";
import type { GraphqlModule } from "./modules.ts";
import { sdlFiles } from "./modules.ts";
import { scalarResolvers } from "./scalars.ts";

/**
 * The schema: the shared base (scalars, directives, roots) and every capability's part.
 * `trusted`: the SDL files are the ones every test and dev start has built and validated, so a
 * production start skips validating them again (~40 ms of its cold start).
 */
export function buildSchema(modules: GraphqlModule[], trusted = false) {
  const typeDefs = [...sdlFiles(import.meta.dirname, "base.graphql"), ...modules.flatMap((module) => module.typeDefs)];
  const resolvers = [scalarResolvers, ...modules.flatMap((module) => module.resolvers)];
  return applyAuthDirectives(makeExecutableSchema({ typeDefs, resolvers: resolvers as Parameters<typeof makeExecutableSchema>[0]["resolvers"], assumeValidSDL: trusted }));
}
