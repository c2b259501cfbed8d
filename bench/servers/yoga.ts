// Baseline: the same `me` served by GraphQL Yoga 5 on node:http.
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";
import { buildDeps, port } from "./deps.ts";
import { meContext, meResolvers, meTypeDefs } from "./me-schema.ts";

const deps = await buildDeps();
const yoga = createYoga({
  schema: createSchema({ typeDefs: meTypeDefs, resolvers: meResolvers as never }),
  graphiql: false,
  logging: false,
  context: ({ request }) => meContext(deps, request.headers.get("cookie")),
});
createServer(yoga).listen(port(), "127.0.0.1");
