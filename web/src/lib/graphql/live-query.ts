import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { queryStore, type Client, type CombinedError } from "@urql/svelte";

/**
 * A query a page runs again from the browser as things change (@urql/svelte's queryStore on the
 * page's client). Each run drops the one before, so an older answer never lands after a newer one.
 */
export function liveQuery<Data, Variables extends Record<string, unknown>>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  answer: { onData(data: Data): void; onError(error: CombinedError): void },
) {
  let current: (() => void) | undefined;
  return {
    run(variables: Variables) {
      current?.();
      current = queryStore({ client, query, variables }).subscribe((result) => {
        if (result.data) answer.onData(result.data);
        else if (result.error) answer.onError(result.error);
      });
    },
    stop() {
      current?.();
      current = undefined;
    },
  };
}
