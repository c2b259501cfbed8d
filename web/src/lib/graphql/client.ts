import { Client, fetchExchange } from "@urql/core";
import type { RequestEvent } from "@sveltejs/kit";

/**
 * One urql client per request, on SvelteKit's event.fetch: it calls our /graphql proxy
 * in-process, carries this request's cookies (including ones refreshed moments ago) and
 * hands any Set-Cookie of the answer back to the browser.
 */
export function createServerClient(event: Pick<RequestEvent, "fetch" | "url" | "request">): Client {
  const userAgent = event.request.headers.get("user-agent");
  return new Client({
    url: `${event.url.origin}/graphql`,
    exchanges: [fetchExchange],
    fetch: event.fetch,
    requestPolicy: "network-only",
    preferGetMethod: false,
    // the API binds a refresh's grace period to the browser's user agent
    fetchOptions: (): RequestInit => ({ headers: userAgent ? { "user-agent": userAgent } : {} }),
  });
}
