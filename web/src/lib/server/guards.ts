import { error, redirect, type RequestEvent } from "@sveltejs/kit";
import { isAdmin, type SessionUser } from "$lib/session-user";

const SIGNED_IN_ONLY = ["/profile", "/sessions", "/admin"];
const SIGNED_OUT_ONLY = ["/login", "/register"];

const under = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

/** The route guards, applied by hooks.server.ts to every page, data request and form action. */
export function guardRoute(event: RequestEvent, user: SessionUser | null): void {
  const path = event.url.pathname;
  if (!user && under(path, SIGNED_IN_ONLY)) {
    redirect(303, `/login?redirectTo=${encodeURIComponent(path + event.url.search)}`);
  }
  if (user && under(path, SIGNED_OUT_ONLY) && event.request.method === "GET") redirect(303, "/profile");
  // page views of /admin get their 403 from the admin layout, which renders the styled error
  // page; everything else (form actions) is stopped here before it runs
  if (user && under(path, ["/admin"]) && !isAdmin(user) && event.request.method !== "GET") {
    error(403, "Only administrators can do that.");
  }
}

/** For loads: the signed-in user, or a redirect to sign in. */
export function requireUser(event: Pick<RequestEvent, "locals" | "url">): SessionUser {
  const user = event.locals.user;
  if (!user) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return user;
}

export function requireAdmin(event: Pick<RequestEvent, "locals" | "url">): SessionUser {
  const user = requireUser(event);
  if (!isAdmin(user)) error(403, "This area is for administrators.");
  return user;
}

export { safeRedirectTarget } from "$lib/redirect-target";
