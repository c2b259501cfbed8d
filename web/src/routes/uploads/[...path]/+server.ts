import type { RequestHandler } from "./$types";
import { apiUrl } from "$lib/server/api-url";
import { responseHeadersFrom } from "$lib/server/forward-headers";

// Avatars are stored by the API under /uploads; serve them from the web origin too.
export const GET: RequestHandler = async ({ params, request }) => {
  const headers = new Headers();
  const etag = request.headers.get("if-none-match");
  if (etag) headers.set("if-none-match", etag);
  const upstream = await fetch(apiUrl(`/uploads/${params.path}`), { headers, redirect: "manual" });
  const out = responseHeadersFrom(upstream);
  out.set("x-content-type-options", "nosniff");
  return new Response(upstream.body, { status: upstream.status, headers: out });
};
