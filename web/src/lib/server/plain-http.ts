import { dev } from "$app/environment";
import { env } from "$env/dynamic/private";

// Browsers treat these as secure contexts, so Secure cookies work there over plain http.
const isLocalHost = (host: string) => host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "[::1]";

/**
 * The public origin when a production server is reached over plain http on a real host name.
 * The API's production cookies are Secure (`__Host-`): browsers drop them there, so signing in
 * looks fine and then does not stick.
 */
export function plainHttpOrigin(): string | null {
  if (dev) return null;
  const origin = env.ORIGIN || env.WEB_ORIGIN;
  if (!origin) return null;
  const url = new URL(origin);
  return url.protocol === "http:" && !isLocalHost(url.hostname) ? url.origin : null;
}
