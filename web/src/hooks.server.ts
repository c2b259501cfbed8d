import type { Handle, ServerInit } from "@sveltejs/kit";
import { sequence } from "@sveltejs/kit/hooks";
import { createServerClient } from "$lib/graphql/client";
import { guardRoute } from "$lib/server/guards";
import { loadViewer } from "$lib/server/load-viewer";
import { plainHttpOrigin } from "$lib/server/plain-http";
import { securityHeaders } from "$lib/server/security-headers";
import { toSessionUser } from "$lib/session-user";

// The proxies forward cookies untouched; they must not trigger a `me` of their own.
const isProxy = (path: string) => path === "/graphql" || path.startsWith("/uploads/");

/** The one reader of the auth cookies: who is signed in (refreshing silently), then the guards. */
const viewer: Handle = async ({ event, resolve }) => {
  if (isProxy(event.url.pathname)) return resolve(event);
  event.locals.api = createServerClient(event);
  const user = await loadViewer(event, event.locals.api);
  event.locals.user = user ? toSessionUser(user) : null;
  guardRoute(event, event.locals.user);
  return resolve(event);
};

export const handle = sequence(securityHeaders, viewer);

export const init: ServerInit = () => {
  const origin = plainHttpOrigin();
  if (origin) {
    console.warn(
      `Warning: the web app's public origin ${origin} is plain http on a host other than localhost. ` +
        "Browsers drop the API's Secure sign-in cookies there, so nobody stays signed in: serve it over https (WEB_ORIGIN=https://…).",
    );
  }
};
