import type { CombinedError } from "@urql/core";

/** The first error's contract code (API.md "Errors"), or NETWORK_ERROR when the API was not reached. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (typeof code === "string") return code;
  return error.networkError ? "NETWORK_ERROR" : "INTERNAL_SERVER_ERROR";
}

export function errorExtensions(error: CombinedError | undefined): Record<string, unknown> {
  return (error?.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined) ?? {};
}
