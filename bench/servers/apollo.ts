// Baseline: the same `me` served by Apollo Server 5 (standalone HTTP server).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildDeps, port } from "./deps.ts";
import { meContext, meResolvers, meTypeDefs } from "./me-schema.ts";

const deps = await buildDeps();
const server = new ApolloServer({ typeDefs: meTypeDefs, resolvers: meResolvers as never });
await startStandaloneServer(server, {
  listen: { port: port(), host: "127.0.0.1" },
  context: async ({ req }) => meContext(deps, req.headers.cookie),
});
