import type { FastifyInstance } from "fastify";
import mercurius from "mercurius";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { buildContext } from "./context.ts";
import { formatErrors } from "./error-formatter.ts";
import { buildSchema } from "./schema.ts";

export async function registerGraphql(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  await app.register(mercurius, {
    schema: buildSchema(),
    context: buildContext,
    path: "/graphql",
    graphiql: config.graphiql,
    jit: 1,
    // no "simple" requests: a JSON content type or a preflight header is required
    csrfPrevention: true,
    allowBatchedQueries: false,
    queryDepth: 8,
    validationRules: config.graphiql ? [] : [NoSchemaIntrospectionCustomRule],
    errorFormatter: formatErrors as never,
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/graphql")) reply.header("cache-control", "no-store");
  });
}
