import { GraphQLError, type ExecutionResult } from "graphql";
import type { FastifyBaseLogger } from "fastify";
import { AppError, errorMessages } from "../lib/errors.ts";
import { isStorageFailure } from "../db/errors.ts";

interface FormattedError {
  message: string;
  locations?: GraphQLError["locations"];
  path?: GraphQLError["path"];
  extensions: Record<string, unknown>;
}

// by name too: graphql can be loaded twice (Mercurius' copy and ours), defeating instanceof
const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof GraphQLError || (e as Error | undefined)?.name === "GraphQLError";

const STORAGE_FAILURE_MESSAGE = "The service cannot store data right now. Try again later.";

type StatusError = Error & { statusCode?: number; errors?: unknown[]; code?: string };

/**
 * The contract's error mapping: AppErrors keep their code and extensions; GraphQL's own
 * parse, validation and variable errors are BAD_USER_INPUT; anything else is logged and
 * masked as INTERNAL_SERVER_ERROR, so no stack, SQL or internal message leaves the server.
 */
function formatOne(error: GraphQLError, log: FastifyBaseLogger): { error: FormattedError; status?: number } {
  const where = { locations: error.locations, path: error.path };
  const original = error.originalError as StatusError | undefined;
  if (original instanceof AppError) {
    return { error: { message: original.message, ...where, extensions: { code: original.code, ...original.extensions } } };
  }
  if (!original || (isGraphQLError(original) && !original.originalError)) {
    return { error: { message: error.message, ...where, extensions: { code: "BAD_USER_INPUT" } } };
  }
  // Mercurius refuses a request (CSRF, a mutation over GET, a bad body) with a 4xx status
  const status = (original as StatusError).statusCode;
  if (typeof status === "number" && status < 500) {
    return { error: { message: original.message, ...where, extensions: { code: "BAD_USER_INPUT" } }, status };
  }
  if (isStorageFailure(original)) {
    log.fatal({ err: original, path: error.path }, "storage failure: the database cannot write");
    return { error: { message: STORAGE_FAILURE_MESSAGE, ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } } };
  }
  log.error({ err: original, path: error.path }, "unexpected error in a GraphQL operation");
  return { error: { message: errorMessages.INTERNAL_SERVER_ERROR, ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } } };
}

export function formatErrors(execution: ExecutionResult & { errors: readonly GraphQLError[] }, ctx: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } }) {
  const log = ctx.reply?.log ?? ctx.app.log;
  let statusCode = 200;
  const errors: FormattedError[] = [];
  for (const error of execution.errors) {
    const nested = (error.originalError as StatusError | undefined)?.errors;
    const parts = Array.isArray(nested) ? nested.map((e) => (isGraphQLError(e) ? e : new GraphQLError(String((e as Error).message)))) : [error];
    for (const part of parts) {
      const formatted = formatOne(part, log);
      errors.push(formatted.error);
    }
    // a query that fails GraphQL validation is still a GraphQL answer (200); a request that is
    // not GraphQL at all (a batch, a bad body, a simple request, a GET mutation) keeps its 4xx
    const original = error.originalError as StatusError | undefined;
    const status = original?.statusCode;
    const graphqlValidation = Array.isArray(nested) && nested.every(isGraphQLError);
    if (!execution.data && typeof status === "number" && status >= 400 && status < 500 && !graphqlValidation && !(original instanceof AppError)) {
      statusCode = status;
    }
  }
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
