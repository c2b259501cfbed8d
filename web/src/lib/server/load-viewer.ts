import type { RequestEvent } from "@sveltejs/kit";
import type { Client } from "@urql/core";
import { ME, REFRESH_TOKEN } from "$lib/graphql/auth";
import type { UserFieldsFragment as User } from "$lib/graphql/generated/graphql";
import { errorCode } from "$lib/graphql/errors";
import { deleteAuthCookies, readAuthCookies } from "./auth-cookies";

/**
 * Who is signed in: `me` with the access cookie; when that is missing or refused but a
 * refresh cookie exists, one `refreshToken` call (at most once per request, so no storms).
 * The new cookies reach the browser and the rest of this request through event.fetch.
 */
export async function loadViewer(event: RequestEvent, api: Client): Promise<User | null> {
  const tokens = readAuthCookies(event.cookies);
  if (!tokens.access && !tokens.refresh) return null;

  if (tokens.access) {
    const result = await api.query(ME, {}).toPromise();
    if (!result.error) return usable(event, result.data?.me ?? null);
    const code = errorCode(result.error);
    if (code !== "UNAUTHENTICATED") return null; // the API is down or broken: do not drop the session for that
    if (!tokens.refresh) return signedOut(event);
  }

  const refreshed = await api.mutation(REFRESH_TOKEN, {}).toPromise();
  if (refreshed.data?.refreshToken) return usable(event, refreshed.data.refreshToken.user);
  const code = errorCode(refreshed.error);
  return code === "INVALID_TOKEN" || code === "ACCOUNT_DISABLED" || code === "UNAUTHENTICATED" ? signedOut(event) : null;
}

function usable(event: RequestEvent, user: User | null): User | null {
  return user && !user.disabled ? user : signedOut(event);
}

function signedOut(event: RequestEvent): null {
  deleteAuthCookies(event.cookies, event.url.protocol === "https:");
  return null;
}
