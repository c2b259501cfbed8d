import type { RequestHandler } from "./$types";
import { apiUrl } from "$lib/server/api-url";
import { requestHeadersFor, responseHeadersFrom } from "$lib/server/forward-headers";

// The browser (and server loads, through event.fetch) reach the API here, on the web app's
// own origin: cookies flow both ways and no CORS is involved.
const forward: RequestHandler = async ({ request, url, getClientAddress }) => {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const headers = requestHeadersFor(request);
  // the API trusts X-Forwarded-For from loopback: its per-IP rate limits need the browser's
  // address, not ours. Set, never appended: whatever the browser sent is not evidence.
  headers.set("x-forwarded-for", getClientAddress());
  const upstream = await fetch(apiUrl(`/graphql${url.search}`), {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: "manual",
  });
  return new Response(upstream.body, { status: upstream.status, headers: responseHeadersFrom(upstream) });
};

export const GET = forward;
export const POST = forward;
