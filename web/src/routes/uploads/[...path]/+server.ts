import { error } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { apiUrl } from "$lib/server/api-url";
import { responseHeadersFrom } from "$lib/server/forward-headers";

// The names the API gives stored avatars (server/src/avatars/avatar-files.ts, AVATAR_FILE_NAME).
const AVATAR_PATH = /^avatars\/[a-f0-9]{32}\.(png|jpg|webp|gif)$/;

// Avatars are stored by the API under /uploads; serve them from the web origin too.
// The path is the one thing forwarded, so it must be a stored name exactly: SvelteKit has
// decoded it once, and a path still holding "%", "\" or ".." (double encoding, encoded dots or
// slashes) would let the API's URL resolve somewhere else, e.g. ..%2fdev%2fmail.json.
export const GET: RequestHandler = async ({ params, request, url }) => {
  // the raw path too: "avatars%2f<name>" decodes to a valid name but is not one we link to
  if (!AVATAR_PATH.test(params.path) || url.pathname !== `/uploads/${params.path}`) error(404, "Not found");
  const headers = new Headers();
  const etag = request.headers.get("if-none-match");
  if (etag) headers.set("if-none-match", etag);
  const upstream = await fetch(apiUrl(`/uploads/${params.path}`), { headers, redirect: "manual" });
  const out = responseHeadersFrom(upstream);
  out.set("x-content-type-options", "nosniff");
  return new Response(upstream.body, { status: upstream.status, headers: out });
};
