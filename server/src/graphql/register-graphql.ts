import type { FastifyInstance } from "fastify";
import mercurius from "mercurius";
import { buildContext } from "./context.ts";
import { formatErrors } from "./error-formatter.ts";
import { buildSchema } from "./schema.ts";
import { validationRules } from "./limits.ts";
import { registerUploads } from "./register-uploads.ts";

/**
 * Headers that make a request one a browser preflights, as GraphQL clients send them: Mercurius'
 * own, Apollo Client's (apollo-upload-client sends apollo-require-preflight), and GraphQL over
 * HTTP's. Any one lets a multipart upload through; a browser cannot add one cross-origin unasked.
 */
export const PREFLIGHT_HEADERS = ["x-mercurius-operation-name", "mercurius-require-preflight", "apollo-require-preflight", "x-apollo-operation-name", "graphql-preflight"];

export async function registerGraphql(app: FastifyInstance): Promise<void> {
  // GraphQL and its multipart uploads share an encapsulated context of their own (see register-uploads)
  await app.register(async (graphql) => {
    // answers are per viewer: never stored by a cache on the way
    graphql.addHook("onRequest", (_request, reply, done) => {
      reply.header("cache-control", "no-store");
      done();
    });
    await registerUploads(graphql);
    await registerMercurius(graphql);
  });
}

async function registerMercurius(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  await app.register(mercurius, {
    schema: buildSchema(),
    context: buildContext,
    path: "/graphql",
    graphiql: false, // served by routes/graphiql.ts from local packages
    jit: 1,
    // no "simple" requests: a JSON content type or a preflight header is required
    csrfPrevention: { requiredHeaders: PREFLIGHT_HEADERS },
    allowBatchedQueries: false,
    // depth: a rule of ours in validationRules (Mercurius' queryDepth refuses the standard introspection query)
    validationRules: validationRules(config.graphiql),
    errorFormatter: formatErrors as never,
  });
}
