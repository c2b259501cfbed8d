import type { FastifyInstance } from "fastify";
import mercurius from "mercurius";
import { mercuriusUpload } from "mercurius-upload";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { buildContext } from "./context.ts";
import { formatErrors } from "./error-formatter.ts";
import { buildSchema } from "./schema.ts";
import { AVATAR_MAX_BYTES } from "../avatars/read-upload.ts";

export async function registerGraphql(app: FastifyInstance): Promise<void> {
  // GraphQL multipart uploads get their own encapsulated context: its multipart parser would
  // clash with @fastify/multipart's (FST_ERR_CTP_ALREADY_PRESENT) in a shared one.
  await app.register(async (graphql) => {
    await graphql.register(mercuriusUpload, {
      // one byte past the avatar limit: the parser discards the rest, so a huge body is never held
      maxFileSize: AVATAR_MAX_BYTES + 1,
      maxFiles: 1,
      maxFieldSize: 100_000,
    });
    await registerMercurius(graphql);
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/graphql")) reply.header("cache-control", "no-store");
  });
}

async function registerMercurius(app: FastifyInstance): Promise<void> {
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
}
