import type { Handle } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { env } from "$env/dynamic/private";

// The Content-Security-Policy comes from kit.csp (svelte.config.js); these are the rest.
const ALWAYS = {
  // frame-ancestors for browsers that predate it: no clickjacking of /sessions or /profile
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** HSTS only where it is true: a production server whose public origin is https. */
const servedOverHttps = () => !dev && (env.ORIGIN || env.WEB_ORIGIN || "").startsWith("https:");

/** Security headers on every answer; a signed-in user's pages and page data are never cached. */
export const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  for (const [name, value] of Object.entries(ALWAYS)) response.headers.set(name, value);
  if (servedOverHttps()) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  const html = response.headers.get("content-type")?.startsWith("text/html");
  if (event.locals.user && (html || event.isDataRequest)) response.headers.set("cache-control", "no-store");
  return response;
};
