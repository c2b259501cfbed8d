import { Client, fetchExchange } from "@urql/core";

/**
 * The page's own client, for what a page does live (the admin search as you type, the sessions
 * list, the passkey ceremonies). It reaches the API through our /graphql proxy on the web app's
 * own origin, so the session cookies go along and no CORS is involved. The root layout puts one
 * on Svelte's context for @urql/svelte's stores; it sends nothing until a page asks.
 */
export const createBrowserClient = () => new Client({ url: "/graphql", exchanges: [fetchExchange], preferGetMethod: false, requestPolicy: "network-only" });
