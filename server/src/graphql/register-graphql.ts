import type { FastifyInstance } from "fastify";
import mercurius from "mercurius";
import type { GraphQLSchema, validate } from "graphql";
import { buildContext } from "./context.ts";
import { formatErrors } from "./error-formatter.ts";
import { buildSchema } from "./schema.ts";
import { validationRules } from "./limits.ts";
import { registerUploads } from "./uploads.ts";

/**
 * Headers that make a request one a browser preflights, as GraphQL clients send them: Mercurius'
 * own, Apollo Client's (apollo-upload-client sends apollo-require-preflight), and GraphQL over
 * HTTP's. Any one lets a multipart upload through; a browser cannot add one cross-origin unasked.
 */
export const PREFLIGHT_HEADERS = ["x-mercurius-operation-name", "mercurius-require-preflight", "apollo-require-preflight", "x-apollo-operation-name", "graphql-preflight"];

declare module "fastify" {
  interface FastifyInstance {
    /** the schema /graphql serves: what every capability brought */
    graphqlSchema: GraphQLSchema;
  }
}

export async function registerGraphql(app: FastifyInstance): Promise<void> {
  // every capability registered before this plugin has added its part
  app.decorate("graphqlSchema", buildSchema(app.graphqlModules, app.deps.config.production));
  // GraphQL and its multipart uploads share an encapsulated context of their own (see uploads.ts)
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
    schema: app.graphqlSchema,
    context: buildContext,
    path: "/graphql",
    graphiql: false, // served by routes/graphiql.ts from local packages
    jit: 1,
    // no "simple" requests: a JSON content type or a preflight header is required
    csrfPrevention: { requiredHeaders: PREFLIGHT_HEADERS },
    allowBatchedQueries: false,
    // depth: a rule of ours in validationRules (Mercurius' queryDepth refuses the standard introspection query)
    validationRules: validationRules(config.graphiql),
    // without introspection, "Did you mean …" would hand the schema out name by name
    graphql: { validateOptions: hideSuggestions(!config.graphiql) },
    errorFormatter: (config.graphiql ? formatErrors : withoutSuggestions) as never,
  });
}

/** graphql 16's own option; Mercurius' types do not know it yet, Mercurius passes it on as is. */
const hideSuggestions = (hide: boolean): Parameters<typeof validate>[3] => ({ hideSuggestions: hide });

/**
 * formatErrors, minus graphql's suggestions in the errors validation cannot reach: a variable's
 * value is coerced at execution, and Mercurius passes graphql no option for that step.
 */
function withoutSuggestions(...args: Parameters<typeof formatErrors>): ReturnType<typeof formatErrors> {
  const formatted = formatErrors(...args);
  for (const error of formatted.response.errors) error.message = error.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return formatted;
}
