import { GraphQLError, type ExecutionResult } from "graphql";
import type { FastifyBaseLogger } from "fastify";
import { AppError, errorMessages } from "../lib/errors.ts";

interface FormattedError {
  message: string;
  locations?: GraphQLError["locations"];
  path?: GraphQLError["path"];
  extensions: Record<string, unknown>;
}

type StatusError = Error & { statusCode?: number; errors?: unknown[] };

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
  if (!original || (original instanceof GraphQLError && !original.originalError)) {
    return { error: { message: error.message, ...where, extensions: { code: "BAD_USER_INPUT" } } };
  }
  // Mercurius refuses a request (CSRF, a mutation over GET, a bad body) with a 4xx status
  const status = (original as StatusError).statusCode;
  if (typeof status === "number" && status < 500) {
    return { error: { message: original.message, ...where, extensions: { code: "BAD_USER_INPUT" } }, status };
  }
  log.error({ err: original, path: error.path }, "unexpected error in a GraphQL operation");
  return { error: { message: errorMessages.INTERNAL_SERVER_ERROR, ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } } };
}

export function formatErrors(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  ctx: { reply?: { log: FastifyBaseLogger }; app: { log: FastifyBaseLogger } },
) {
  const log = ctx.reply?.log ?? ctx.app.log;
  let statusCode = 200;
  const errors: FormattedError[] = [];
  for (const error of execution.errors) {
    const nested = (error.originalError as StatusError | undefined)?.errors;
    const parts = Array.isArray(nested) ? nested.map((e) => (e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message)))) : [error];
    for (const part of parts) {
      const formatted = formatOne(part, log);
      errors.push(formatted.error);
    }
    const status = (error.originalError as StatusError | undefined)?.statusCode;
    if (!execution.data && typeof status === "number" && status >= 400 && status < 500 && !(error.originalError instanceof AppError)) {
      statusCode = status === 400 && Array.isArray(nested) ? 200 : status;
    }
  }
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
